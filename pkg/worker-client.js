// The element's side of worker.js: starts the worker when first needed, numbers each request and
// settles it from the worker's answers. The messages (worker.js says the same from its side):
//
//   to the worker                              from the worker
//   { type: 'config', id, config }             { type: 'config', id, labels, version }
//   { type: 'verify', id, now, items }         { type: 'results', id, results: [{ key, report, wants }] }
//                                              … as often as needed, then { type: 'done', id }
//   { type: 'recipient', id, recipient, identity }   { type: 'recipient', id, answer }
//   either may instead end in                  { type: 'error', id, message }
//
// `items` are `[{ key, data }]`, data a File, Blob, string or bytes. The words for verdicts and
// codes are not in the messages: the page has them (languages.js).

// Written out in full, in one expression, so that bundlers (Vite, webpack 5, Rollup, esbuild) see
// the worker and ship it beside this module.
const startWorker = () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'keurmerk' });

export class WorkerClient {
  #start;
  #onFailure;
  #worker = null;
  #jobs = new Map();
  #nextId = 1;

  /**
   * @param {object} [options]
   * @param {() => Worker} [options.start] makes the worker (default: worker.js beside this module;
   *   tests pass a fake)
   * @param {() => void} [options.onFailure] called when the worker fails; every pending request is
   *   rejected, and the next one starts a new worker
   */
  constructor({ start = startWorker, onFailure = () => {} } = {}) {
    this.#start = start;
    this.#onFailure = onFailure;
  }

  /** Whether a worker is running. */
  get running() { return this.#worker !== null; }

  /** Builds the verifier in the worker; resolves with `{ labels, version }`. */
  async configure(config) {
    const { labels, version } = await this.#post({ type: 'config', config });
    return { labels, version };
  }

  /** Verifies `items` (`[{ key, data }]`) at `now` (ms); `onResults` gets each batch of results as it comes. */
  async verify(now, items, onResults) {
    await this.#post({ type: 'verify', now, items }, onResults);
  }

  /** Whether an OB 2.0 badge's `recipient` (report.recipient) is `identity`: true, false or null. */
  async recipientMatches(recipient, identity) {
    const { answer } = await this.#post({ type: 'recipient', recipient, identity });
    return answer ?? null;
  }

  /** Stops the worker; every pending request is rejected with `reason`. */
  stop(reason = new Error('keurmerk-verifier: stopped')) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#rejectAll(reason);
  }

  #ensureWorker() {
    if (this.#worker) return this.#worker;
    const worker = this.#start();
    worker.addEventListener('message', (e) => this.#onMessage(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault?.();
      this.#rejectAll(new Error('keurmerk-verifier: the worker failed'));
      worker.terminate();
      if (this.#worker === worker) this.#worker = null; // the next request starts a new one
      this.#onFailure();
    });
    this.#worker = worker;
    return worker;
  }

  #rejectAll(reason) {
    const jobs = [...this.#jobs.values()];
    this.#jobs.clear();
    for (const job of jobs) job.reject(reason);
  }

  #onMessage(msg) {
    const job = this.#jobs.get(msg?.id);
    if (!job) return;
    if (msg.type === 'results') {
      job.onResults?.(msg.results ?? []);
    } else if (msg.type === 'config' || msg.type === 'done' || msg.type === 'recipient') {
      this.#jobs.delete(msg.id);
      job.resolve(msg);
    } else if (msg.type === 'error') {
      this.#jobs.delete(msg.id);
      job.reject(new Error(msg.message));
    }
  }

  #post(message, onResults) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#jobs.set(id, { resolve, reject, onResults });
      try {
        this.#ensureWorker().postMessage({ ...message, id });
      } catch (err) {
        this.#jobs.delete(id);
        reject(err);
      }
    });
  }
}
