// Hostile-input tests assert "finishes", not "is fast": speed is measured by `npm run bench`.
// Catastrophic backtracking on 1 MB takes minutes, so 10 s separates a hang from a slow,
// busy CI machine without flaking.
export const HANG_LIMIT_MS = 10_000
