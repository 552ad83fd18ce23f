#!/usr/bin/env bash
# Rebuilds app/fonts/*.woff2: Be Vietnam Pro (OFL-1.1) in the two weights the site uses, cut down to
# the letters Vietnamese and English pages need, one file per weight (Fontsource splits Latin and
# Vietnamese into separate files, which a single metric-matched fallback cannot stand behind).
# Needs Debian's fontTools (apt: python3-fonttools python3-brotli). Run by hand; the output is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @expo-google-fonts/be-vietnam-pro@0.4.1 >/dev/null && tar xzf ./*.tgz)
# Google Fonts' latin and vietnamese ranges, plus arrows, ≈ and × used in prices and routes.
ranges='U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+2248,U+FEFF,U+FFFD,U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB'
for face in 400Regular 600SemiBold; do
  /usr/bin/python3 -m fontTools.subset "$work/package/$face/BeVietnamPro_$face.ttf" --unicodes="$ranges" \
    --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk' --flavor=woff2 \
    --output-file="app/fonts/be-vietnam-pro-${face%%[A-Z]*}.woff2"
done
cp "$work/package/LICENSE_FONT" app/fonts/OFL.txt
ls -l app/fonts
