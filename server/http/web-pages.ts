/**
 * Which built HTML page a browser path gets. The public pages are light pages of their own, so a
 * villager's phone never loads the admin app: /vote (ballot and board) and /public/villages/<id>
 * (the village page the 承诺书 QR codes point to). Every other path is the admin app's client route.
 */
export function htmlPageFor(path: string): string {
  if (path === '/vote' || path.startsWith('/vote/')) return 'vote/index.html';
  if (/^\/public\/villages\/[^/]+\/?$/.test(path)) return 'village/index.html';
  // 公开栏 posters (A4, QR code to the village board) and the township's board.
  if (/^\/public\/villages\/[^/]+\/poster\/?$/.test(path)) return 'poster/index.html';
  if (/^\/public\/townships\/[^/]+\/?$/.test(path)) return 'township/index.html';
  // 监督信箱: /letters/write and /letters/follow (the office's own pages are /mailbox in the admin app).
  if (path === '/letters' || path.startsWith('/letters/')) return 'letters/index.html';
  return 'index.html';
}
