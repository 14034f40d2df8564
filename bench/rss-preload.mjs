// Preloaded into benchmarked processes: records the peak resident set size (bytes) at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.GREENLIGHT_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
