/**
 * A small client of Firefox's Remote Debugging Protocol, the one about:debugging and web-ext
 * speak, for what WebDriver BiDi does not offer: running code in the extension's background
 * page (BiDi sees tabs only, and refuses to navigate one to a moz-extension:// address). The
 * tests use it to read the toolbar badge, to change settings and to open the extension's own
 * pages (popup, options) in tabs, which puppeteer then drives like any other tab.
 *
 * Packets are `length:JSON`. Each actor answers its requests in order; a packet with a `type`
 * (and no `error`) is an event instead.
 */
import { connect, type Socket } from 'node:net';

interface Packet {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

interface Pending {
  resolve: (packet: Packet) => void;
  reject: (error: Error) => void;
}

class RdpConnection {
  readonly #socket: Socket;
  #buffer = Buffer.alloc(0);
  readonly #pending = new Map<string, Pending[]>();
  readonly #listeners = new Set<(packet: Packet) => void>();

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk) => this.#read(chunk));
    socket.on('close', () => {
      for (const queue of this.#pending.values()) {
        for (const { reject } of queue.splice(0)) reject(new Error('RDP connection closed'));
      }
    });
  }

  /**
   * Connects to the debugger server on the Unix socket `path`, waiting up to `timeoutMs` for
   * Firefox to open it, and reads its greeting.
   */
  static async open(path: string, timeoutMs = 10_000): Promise<RdpConnection> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await RdpConnection.#connect(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const notYet = code === 'ENOENT' || code === 'ECONNREFUSED';
        if (!notYet || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  static #connect(path: string): Promise<RdpConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect(path);
      const connection = new RdpConnection(socket);
      connection.#pending.set('root', [{ resolve: () => resolve(connection), reject }]);
      socket.once('error', reject);
    });
  }

  request(to: string, type: string, fields: Record<string, unknown> = {}): Promise<Packet> {
    return new Promise((resolve, reject) => {
      const queue = this.#pending.get(to) ?? [];
      queue.push({ resolve, reject });
      this.#pending.set(to, queue);
      const body = Buffer.from(JSON.stringify({ to, type, ...fields }), 'utf8');
      this.#socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  /** Calls `listener` with every event from now on. */
  onEvent(listener: (packet: Packet) => void): void {
    this.#listeners.add(listener);
  }

  /** The first event that `accept` returns a value for, from now on. */
  next<T>(accept: (packet: Packet) => T | undefined, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error(`no such RDP event within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (packet: Packet): void => {
        const value = accept(packet);
        if (value === undefined) return;
        clearTimeout(timer);
        this.#listeners.delete(listener);
        resolve(value);
      };
      this.#listeners.add(listener);
    });
  }

  close(): void {
    this.#socket.destroy();
  }

  #read(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const colon = this.#buffer.indexOf(':');
      if (colon < 0) return;
      const end = colon + 1 + Number(this.#buffer.subarray(0, colon).toString());
      if (this.#buffer.length < end) return;
      const packet = JSON.parse(this.#buffer.subarray(colon + 1, end).toString('utf8')) as Packet;
      this.#buffer = this.#buffer.subarray(end);
      this.#dispatch(packet);
    }
  }

  #dispatch(packet: Packet): void {
    if (packet.type !== undefined && packet.error === undefined) {
      for (const listener of [...this.#listeners]) listener(packet);
      return;
    }
    const waiting = this.#pending.get(packet.from)?.shift();
    if (!waiting) return;
    if (packet.error === undefined) waiting.resolve(packet);
    else waiting.reject(new Error(`RDP ${packet.error}: ${packet.message ?? ''}`));
  }
}

interface TargetForm {
  url?: string;
  consoleActor?: string;
}

/** An add-on's background page, reached over the Remote Debugging Protocol. */
export class BackgroundPage {
  readonly #rdp: RdpConnection;
  readonly #consoleActor: string;
  /** Evaluation results by id: one can arrive in the same read as the reply naming its id. */
  readonly #results = new Map<string, Packet>();
  readonly #waiting = new Map<string, (result: Packet) => void>();

  private constructor(rdp: RdpConnection, consoleActor: string) {
    this.#rdp = rdp;
    this.#consoleActor = consoleActor;
    rdp.onEvent((packet) => {
      if (packet.type !== 'evaluationResult' || packet.from !== consoleActor) return;
      const id = String(packet.resultID);
      const waiting = this.#waiting.get(id);
      if (waiting) waiting(packet);
      else this.#results.set(id, packet);
    });
  }

  /**
   * Attaches to the background page of the add-on `addonId` through the debugger server on the
   * Unix socket `socketPath` (Firefox started with `--start-debugger-server <path>`).
   */
  static async attach(socketPath: string, addonId: string): Promise<BackgroundPage> {
    const rdp = await RdpConnection.open(socketPath);
    const { addons } = (await rdp.request('root', 'listAddons')) as unknown as {
      addons: { id: string; actor: string }[];
    };
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) throw new Error(`add-on ${addonId} is not installed`);
    const { actor: watcher } = (await rdp.request(addon.actor, 'getWatcher')) as unknown as {
      actor: string;
    };
    // The watcher announces the add-on's documents (the background page among them) as
    // targets, now and as they appear.
    const background = rdp.next((packet) => {
      const target = packet.target as TargetForm | undefined;
      const isBackground =
        packet.type === 'target-available-form' &&
        /^moz-extension:\/\/[^/]+\/_generated_background_page\.html$/.test(target?.url ?? '');
      return isBackground ? target?.consoleActor : undefined;
    });
    await rdp.request(watcher, 'watchTargets', { targetType: 'frame' });
    return new BackgroundPage(rdp, await background);
  }

  /**
   * The value of `expression` (a promise is awaited) in the background page, as JSON carries
   * it. Throws what the expression threw.
   */
  async evaluate<T>(expression: string): Promise<T> {
    const text = `(async () => JSON.stringify(await (${expression})) ?? 'null')()`;
    const { resultID } = (await this.#rdp.request(this.#consoleActor, 'evaluateJSAsync', {
      text,
      // What the console sends for top-level `await`: the server awaits the promise.
      mapped: { await: true },
    })) as unknown as { resultID: string };
    const result =
      this.#results.get(resultID) ??
      (await new Promise<Packet>((resolve) => this.#waiting.set(resultID, resolve)));
    this.#results.delete(resultID);
    this.#waiting.delete(resultID);
    if (result.hasException) {
      throw new Error(`in the background page: ${String(result.exceptionMessage)}`);
    }
    if (typeof result.result !== 'string') {
      throw new Error(`in the background page: no JSON from ${expression}`);
    }
    return JSON.parse(result.result) as T;
  }

  close(): void {
    this.#rdp.close();
  }
}
