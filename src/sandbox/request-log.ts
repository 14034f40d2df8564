/**
 * The API request log behind `GET /_sandbox/requests`: one entry per API request (control paths
 * under `/_sandbox/` excluded), in arrival order, so tests can count creates and uploads.
 */

export interface RequestLogEntry {
  method: string;
  path: string;
  /** Query parameters (a repeated key keeps its last value); `teamId`/`slug` included as sent. */
  query: Record<string, string>;
  /** HTTP status answered; 0 when the connection was dropped by a fault. */
  status: number;
  /** Arrival time, ISO 8601. */
  time: string;
  durationMs: number;
  /** `x-now-digest`/`x-vercel-digest` and the body size, for `POST /v2/files`. */
  digest?: string;
  size?: number;
  /** Id of the API fault that answered or delayed the request. */
  fault?: string;
}

const MAX_ENTRIES = 10_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(): RequestLogEntry[] {
    return [...this.entries];
  }

  clear(): number {
    const count = this.entries.length;
    this.entries = [];
    return count;
  }
}
