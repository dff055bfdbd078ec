import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GitLabForge } from '../forge.js';
import { describeError } from '../../../util/errors.js';
import type { Logger } from '../../../util/log.js';
import { notePayload, relayNote, type NotePayload, type RelayOutcome } from './note.js';

/**
 * `droid-ci gitlab-relay`: a small HTTP server for GitLab "Note Hook" webhooks (project or group hooks).
 * - `X-Gitlab-Token` is compared in constant time (hashes of both sides) -> 401, nothing else happens;
 * - bodies are bounded (413), only JSON note events are read;
 * - a redelivered event (same project and note id) within the window is answered, not acted on again;
 * - answers never carry the secret, the API token or a stack.
 * `GET /healthz` answers 200 for load balancers.
 */
export interface RelayOptions {
  secret: string;
  /** key of the DROID_RELAY_SIGNATURE on the pipelines (the job's DROID_RELAY_SECRET); default `secret` */
  signingSecret?: string | undefined;
  /** the adapter for a project of this instance (one per project id, cached) */
  forgeFor: (project: { id: number; path: string }) => GitLabForge;
  log: Logger;
  trigger?: string | undefined;
  allowBots?: string[] | undefined;
  /** only these projects ("group/project") are relayed; empty = any project whose hook knows the secret */
  projects?: string[] | undefined;
  /** default 1 MiB (GitLab note payloads are a few KiB) */
  maxBodyBytes?: number | undefined;
  /** how long a note id is remembered (default 1 hour) */
  dedupeWindowMs?: number | undefined;
  now?: (() => number) | undefined;
}

export interface RelayServer {
  url: string;
  close(): Promise<void>;
}

export function createRelayHandler(options: RelayOptions): http.RequestListener {
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const window = options.dedupeWindowMs ?? 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  const secretHash = sha256(options.secret);
  const seen = new Map<string, number>();
  const forges = new Map<number, GitLabForge>();
  const allowed = new Set((options.projects ?? []).map((p) => p.toLowerCase()));

  function remember(key: string): boolean {
    const t = now();
    for (const [k, at] of seen) if (t - at > window) seen.delete(k);
    if (seen.has(key)) return false;
    seen.set(key, t);
    return true;
  }

  return (req, res) => {
    const reply = (status: number, body: Record<string, unknown>): void => {
      if (res.headersSent) return;
      res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify(body));
    };
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return reply(200, { status: 'ok' });
    if (req.method !== 'POST') {
      req.resume();
      return reply(req.method === 'GET' ? 404 : 405, { error: 'POST GitLab Note Hook events here' });
    }
    const given = req.headers['x-gitlab-token'];
    if (typeof given !== 'string' || !timingSafeEqual(sha256(given), secretHash)) {
      req.resume();
      options.log.warn(`rejected a webhook with a missing or wrong X-Gitlab-Token from ${req.socket.remoteAddress ?? 'unknown'}`);
      return reply(401, { error: 'invalid X-Gitlab-Token' });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) {
      req.resume();
      return reply(413, { error: `body larger than ${maxBody} bytes` });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBody) chunks.push(chunk);
      else if (!res.headersSent) {
        chunks.length = 0;
        reply(413, { error: `body larger than ${maxBody} bytes` });
        // let the answer reach the sender, then drop the connection instead of reading on
        res.once('finish', () => req.destroy());
      }
    });
    req.on('end', () => {
      if (size > maxBody) return;
      void handle(Buffer.concat(chunks).toString('utf8'), req.headers['x-gitlab-event']).then(
        ([status, body]) => reply(status, body),
        (error: unknown) => {
          options.log.error(`relay failed: ${describeError(error)}`);
          reply(502, { error: 'could not start the pipeline; see the relay log' });
        },
      );
    });
  };

  async function handle(text: string, event: string | string[] | undefined): Promise<Reply> {
    const parsed = parseNoteEvent(text, event);
    if (Array.isArray(parsed)) return parsed;
    const payload = parsed;
    const project = { id: payload.project.id, path: payload.project.path_with_namespace };
    if (allowed.size > 0 && !allowed.has(project.path.toLowerCase())) {
      return [202, { status: 'ignored', reason: `project ${project.path} is not relayed here` }];
    }
    const key = `${project.id}:${payload.object_attributes.id}`;
    if (!remember(key)) return [200, { status: 'duplicate', reason: `note ${payload.object_attributes.id} was already handled` }];
    let forge = forges.get(project.id);
    if (!forge) {
      forge = options.forgeFor(project);
      forges.set(project.id, forge);
    }
    let outcome: RelayOutcome;
    try {
      outcome = await relayNote(payload, {
        forge,
        trigger: options.trigger ?? '/droid',
        allowBots: options.allowBots ?? [],
        log: options.log,
        signingSecret: options.signingSecret ?? options.secret,
      });
    } catch (error) {
      seen.delete(key); // let GitLab's redelivery try again
      throw error;
    }
    if (outcome.status === 'ignored') {
      options.log.info(`note ${payload.object_attributes.id} by @${payload.user.username} ignored: ${outcome.reason}`);
      return [202, { status: 'ignored', reason: outcome.reason }];
    }
    return [201, { status: 'created', pipeline_id: outcome.pipelineId, pipeline_url: outcome.pipelineUrl, ref: outcome.ref }];
  }
}

type Reply = [number, Record<string, unknown>];

/** A webhook body as a note event, or the answer to give when it is not one (ignored, or refused with why). */
function parseNoteEvent(text: string, event: string | string[] | undefined): NotePayload | Reply {
  if (event !== undefined && event !== 'Note Hook') return [202, { status: 'ignored', reason: `${String(event)} events are not relayed` }];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [400, { error: 'body is not JSON' }];
  }
  if (typeof json === 'object' && json !== null && (json as Record<string, unknown>)['object_kind'] !== 'note') {
    return [202, { status: 'ignored', reason: 'not a note event' }];
  }
  const parsed = notePayload.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return [400, { error: `not a GitLab note event (${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'})` }];
  }
  return parsed.data;
}

export async function startRelay(options: RelayOptions & { host: string; port: number }): Promise<RelayServer> {
  const server = http.createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, createRelayHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
