import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const [url, method, n] = [process.argv[2], process.argv[3] ?? 'simulate', Number(process.argv[4] ?? 3)];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'], logLevel: 'silent' });
await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] }).catch(()=>{});
for (let i = 0; i < n; i++) {
  const r = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'], throttlingMethod: method });
  const a = r.lhr.audits;
  console.log(method, Math.round(r.lhr.categories.performance.score*100), 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'FCP', Math.round(a['first-contentful-paint'].numericValue), 'TBT', Math.round(a['total-blocking-time'].numericValue), 'CLS', a['cumulative-layout-shift'].numericValue, r.lhr.runtimeError?.code ?? '', 'lcpel', a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.nodeLabel?.slice(0,40));
}
await chrome.kill();
