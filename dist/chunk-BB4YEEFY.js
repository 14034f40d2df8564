import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);

// lib/format/duration.js
function formatDuration(ms) {
  if (ms < 1e3)
    return `${Math.round(ms)}ms`;
  if (ms < 6e4)
    return `${Number((ms / 1e3).toFixed(1))}s`;
  if (ms < 36e5) {
    const seconds = Math.round(ms / 1e3);
    const minutes2 = Math.floor(seconds / 60);
    return seconds % 60 ? `${minutes2}m${seconds % 60}s` : `${minutes2}m`;
  }
  const minutes = Math.round(ms / 6e4);
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours}h${minutes % 60}m` : `${hours}h`;
}

export {
  formatDuration
};
