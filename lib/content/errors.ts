/** Content that slipped past `npm run content:check` (e.g. a build run without it). */
export class ContentError extends Error {
  constructor(file: string, detail: string) {
    super(
      `${file}: ${detail} — chạy "npm run content:check" để xem hướng dẫn sửa / run "npm run content:check" for how to fix`,
    );
    this.name = 'ContentError';
  }
}
