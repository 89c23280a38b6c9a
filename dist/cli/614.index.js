export const id = 614;
export const ids = [614,457];
export const modules = {

/***/ 47614:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LlamaCppModelServer: () => (/* binding */ LlamaCppModelServer)
/* harmony export */ });
/* harmony import */ var _openai_compatible_server_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50457);

/**
 * ModelServer over llama.cpp's llama-server (tools/server/README.md): `GET /health` (503 while the
 * model loads), `GET /props` (`build_info`, the version), `GET /v1/models` (its one model, by
 * `--alias` or file path) and `POST /v1/chat/completions`, streamed, whose last chunk carries the
 * server's own `timings` (prompt_n, prompt_ms, predicted_n, predicted_ms), so its speeds are
 * server-timed like Ollama's. The URL is the server's root, e.g. `http://127.0.0.1:8080`.
 */
class LlamaCppModelServer extends _openai_compatible_server_js__WEBPACK_IMPORTED_MODULE_0__.OpenAiCompatibleModelServer {
    engine = 'llamacpp';
    get apiBase() {
        return `${this.host}/v1`;
    }
    rootOf(path) {
        return path === '/health' || path === '/props' ? this.host : this.apiBase;
    }
    probePath = '/health';
    /** llama-server answers /health at its root, which is the URL it is given. */
    get wrongAddressAdvice() {
        const root = this.host.replace(/\/v1$/, '');
        const suggestion = root === this.host ? '' : `, e.g. ${root}`;
        return `the URL's path is likely wrong (llama-server's URL is its root, without /v1${suggestion}), or the server there is not llama-server`;
    }
    async readVersion() {
        try {
            const props = (await this.getJson('/props', this.deadlines.connectMs));
            return typeof props?.build_info === 'string' && props.build_info !== '' ? props.build_info : 'unknown';
        }
        catch {
            return 'unknown';
        }
    }
}


/***/ }),

/***/ 50457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OpenAiCompatibleModelServer: () => (/* binding */ OpenAiCompatibleModelServer)
});

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/constants.js
var constants = __webpack_require__(75512);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/server-registry.js
var server_registry = __webpack_require__(74976);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/errors.js
var errors = __webpack_require__(51398);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/ports.js
var ports = __webpack_require__(98293);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/http/http-request.js
var http_request = __webpack_require__(68979);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/ollama/reply-guard.js
var reply_guard = __webpack_require__(92289);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/http/call-deadlines.js
var call_deadlines = __webpack_require__(44067);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/openai-compatible/http-caller.js





/**
 * The text of an error body as OpenAI-compatible servers send it: `{"error": {"message": \u2026}}`
 * (OpenAI, llama-server, vLLM), `{"error": "\u2026"}`, or `{"message": \u2026}` (older vLLM), as one short
 * printable line; the raw text when it is none of these. Server text is untrusted.
 */
function errorBodyMessage(text) {
    let message = text;
    try {
        const body = JSON.parse(text);
        if (typeof body === 'object' && body !== null) {
            const record = body;
            const error = record.error;
            if (typeof error === 'string')
                message = error;
            else if (typeof error === 'object' && error !== null && 'message' in error)
                message = error.message;
            else if (typeof record.message === 'string')
                message = record.message;
        }
    }
    catch {
        // not JSON: the text itself
    }
    return (0,reply_guard/* oneLine */.TN)(typeof message === 'string' ? message : JSON.stringify(message), 300);
}
/**
 * HTTP calls to one server with exbench's deadlines: each call is aborted when its total or idle
 * limit passes, and what it throws then is a retryable ModelServerError naming the limit.
 * Connection failures become retryable ModelServerErrors with status null.
 */
class HttpCaller {
    requester;
    headers;
    constructor(requester, headers) {
        this.requester = requester;
        this.headers = headers;
    }
    async call(url, init, limits, read) {
        const deadlines = new call_deadlines/* CallDeadlines */.SL(limits);
        try {
            const response = await this.requester.send(url, {
                method: init.method,
                headers: {
                    ...this.headers,
                    ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
                signal: deadlines.aborted,
            });
            deadlines.chunk();
            return await read(response, deadlines.chunk);
        }
        catch (error) {
            const exceeded = deadlines.exceeded();
            if (exceeded)
                throw exceeded;
            if (error instanceof ports/* ModelServerError */.h)
                throw error;
            const message = error instanceof Error ? error.message : String(error);
            throw new ports/* ModelServerError */.h(`${message}${(0,http_request/* causeSuffix */.lq)(error)}`, null, true);
        }
        finally {
            deadlines.end();
        }
    }
}
/** Throws the server's error for a response that is not a success, with its status and message. */
async function requireOk(response, what) {
    if (response.ok)
        return;
    const message = errorBodyMessage(await response.text()) || `HTTP ${response.status}`;
    throw new ports/* ModelServerError */.h(`${what}: HTTP ${response.status}: ${message}`, response.status, (0,http_request/* isServerStatus */.Q$)(response.status));
}
/** The JSON body of a successful response; a body that is not JSON means this is another server. */
async function jsonBody(response, what) {
    await requireOk(response, what);
    const text = await response.text();
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ports/* ModelServerError */.h(`${what}: the answer is not JSON (${/^\s*</.test(text) ? 'an HTML page' : JSON.stringify((0,reply_guard/* oneLine */.TN)(text, 80))}); is this the right address?`, response.status, false);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/openai-compatible/server-sent-events.js
async function* serverSentEvents(body, onBytes = () => undefined) {
    const decoder = new TextDecoder();
    let pending = '';
    let data = [];
    let errors = [];
    function* dispatch() {
        if (errors.length > 0)
            yield { kind: 'error', data: errors.join('\n') };
        else if (data.length > 0)
            yield { kind: 'data', data: data.join('\n') };
        data = [];
        errors = [];
    }
    function* lines(text, final) {
        pending += text;
        const parts = pending.split(/\r\n|\r|\n/);
        pending = final ? '' : (parts.pop() ?? '');
        for (const line of parts) {
            if (line === '') {
                yield* dispatch();
                continue;
            }
            if (line.startsWith(':'))
                continue;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'data')
                data.push(value);
            else if (field === 'error')
                errors.push(value);
        }
    }
    for await (const bytes of body) {
        onBytes();
        yield* lines(decoder.decode(bytes, { stream: true }), false);
    }
    // An event the stream ended in the middle of (no blank line after it) is dropped, as the
    // standard says: a cut-off stream must not pass for a finished one.
    yield* lines(decoder.decode(), true);
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/openai-compatible/chat-stream.js




/**
 * Ollama's option names that mean the same under the same name in a chat completion request:
 * the OpenAI API's own, and (llama-server) the `/completion` sampling fields it also accepts there.
 */
const OPENAI_OPTIONS = ['temperature', 'top_p', 'seed', 'stop', 'presence_penalty', 'frequency_penalty'];
const LLAMACPP_OPTIONS = [
    ...OPENAI_OPTIONS,
    'top_k',
    'min_p',
    'typical_p',
    'repeat_penalty',
    'repeat_last_n',
    'mirostat',
    'mirostat_tau',
    'mirostat_eta',
];
/**
 * The body of a streamed chat completion for one prompt, sent as the user's message so the server
 * applies the model's chat template, as Ollama's /api/generate does. `num_predict` becomes
 * `max_tokens`; options a server takes only at start-up (`num_ctx`) are not sent.
 */
function chatCompletionBody(request, dialect) {
    const options = request.options;
    const passed = dialect === 'llamacpp' ? LLAMACPP_OPTIONS : OPENAI_OPTIONS;
    const sampling = Object.fromEntries(passed.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]));
    const numPredict = options.num_predict;
    return {
        model: request.model,
        messages: [{ role: 'user', content: request.prompt }],
        stream: true,
        // Token counts come only in a last chunk, and only when asked for.
        stream_options: { include_usage: true },
        ...sampling,
        ...(typeof numPredict === 'number' && numPredict > 0 ? { max_tokens: numPredict } : {}),
    };
}
function numberOr(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
/**
 * Reads a streamed chat completion into a Generation. The text is the deltas' `content`; reasoning
 * a server splits off (`reasoning_content`: llama-server, vLLM, DeepSeek) is `thinking`. Token
 * counts are the last chunk's `usage`. Where the server times the request itself (llama-server's
 * `timings`), decode and prefill are server-timed; otherwise the client's timestamps of the first
 * and last streamed token time them. A stream must end with `data: [DONE]`; one that does not was
 * cut off, and is a server fault.
 */
async function readChatStream(body, clock, started, chunk) {
    let response = '';
    let thinking = '';
    let firstAt = null;
    let lastAt = null;
    let contentChunks = 0;
    let doneReason = null;
    let usage = null;
    let timings = null;
    let done = false;
    for await (const event of serverSentEvents(body, chunk)) {
        if (event.kind === 'error')
            throw new ports/* ModelServerError */.h(errorBodyMessage(event.data), null, true);
        if (event.data.trim() === '[DONE]') {
            done = true;
            break;
        }
        let parsed;
        try {
            parsed = JSON.parse(event.data);
        }
        catch {
            throw new ports/* ModelServerError */.h(`the stream sent a chunk that is not JSON: ${JSON.stringify((0,reply_guard/* oneLine */.TN)(event.data, 80))}`, null, true);
        }
        if (parsed.error !== undefined) {
            throw new ports/* ModelServerError */.h(errorBodyMessage(JSON.stringify({ error: parsed.error })), null, true);
        }
        for (const choice of parsed.choices ?? []) {
            const text = typeof choice.delta?.content === 'string' ? choice.delta.content : '';
            const thought = typeof choice.delta?.reasoning_content === 'string' ? choice.delta.reasoning_content : '';
            if (text !== '' || thought !== '') {
                const now = clock.now();
                firstAt ??= now;
                lastAt = now;
                contentChunks += 1;
            }
            response += text;
            thinking += thought;
            if (typeof choice.finish_reason === 'string')
                doneReason = choice.finish_reason;
        }
        if (parsed.usage)
            usage = parsed.usage;
        if (parsed.timings)
            timings = parsed.timings;
    }
    const ended = clock.now();
    if (!done)
        throw new ports/* ModelServerError */.h('the stream ended without data: [DONE]', null, true);
    const serverTimed = timings !== null && numberOr(timings.predicted_ms, 0) > 0 ? 'server' : 'client';
    const prefillTimed = timings !== null && numberOr(timings.prompt_ms, 0) > 0 ? 'server' : 'client';
    // Without usage (a server that ignores include_usage), each content chunk is counted as a token.
    const evalCount = serverTimed === 'server'
        ? numberOr(timings?.predicted_n, 0)
        : numberOr(usage?.completion_tokens, contentChunks);
    return {
        response,
        thinking,
        doneReason,
        evalCount,
        evalDurationNs: serverTimed === 'server' ? Math.round(numberOr(timings?.predicted_ms, 0) * 1e6) : 0,
        promptEvalCount: prefillTimed === 'server' ? numberOr(timings?.prompt_n, 0) : numberOr(usage?.prompt_tokens, 0),
        promptEvalDurationNs: prefillTimed === 'server' ? Math.round(numberOr(timings?.prompt_ms, 0) * 1e6) : 0,
        loadDurationNs: 0,
        totalDurationNs: 0,
        timeToFirstTokenMs: firstAt === null ? null : firstAt - started,
        wallMs: ended - started,
        decodeTimedBy: serverTimed,
        prefillTimedBy: prefillTimed,
        timeToLastTokenMs: lastAt === null ? null : lastAt - started,
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/openai-compatible/server.js







/**
 * ModelServer over the OpenAI-compatible API (`GET /v1/models`, `POST /v1/chat/completions`,
 * streamed): vLLM, LM Studio, SGLang, gateways. Such a server serves what it was started with, so
 * nothing is pulled. Its version is vLLM's `GET /version`, where the server has one.
 */
class OpenAiCompatibleModelServer {
    host;
    engine = 'openai';
    clock;
    deadlines;
    http;
    engineVersion = null;
    constructor(options) {
        this.host = options.url.replace(/\/+$/, '');
        this.clock = options.clock;
        this.deadlines = {
            connectMs: options.deadlines?.connectMs ?? constants/* DEFAULT_CONNECT_TIMEOUT_MS */.od,
            requestMs: options.deadlines?.requestMs ?? constants/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc,
            idleMs: options.deadlines?.idleMs ?? constants/* DEFAULT_IDLE_TIMEOUT_MS */.C9,
        };
        const key = options.apiKey ?? null;
        this.http = new HttpCaller(new http_request/* HttpRequester */.Vq(this.deadlines.connectMs), key === null ? {} : { authorization: `Bearer ${key}` });
    }
    /** Where `/models` and `/chat/completions` are. */
    get apiBase() {
        return this.host;
    }
    get displayName() {
        return server_registry/* ENGINE_LABELS */.H[this.engine];
    }
    /** Limits for a short call that must answer at once (probes), or within the request deadline. */
    limits(what, ms) {
        return { total: { ms, message: `${what} got no answer within ${(0,call_deadlines/* seconds */.YA)(ms)}` }, idle: null };
    }
    getJson(path, ms) {
        const what = `GET ${path}`;
        return this.http.call(`${this.rootOf(path)}${path}`, { method: 'GET' }, this.limits(what, ms), (r) => jsonBody(r, what));
    }
    /** Paths under the API base (`/models`) or at the server's root (`/version`, `/health`). */
    rootOf(path) {
        return path === '/version' ? this.host.replace(/\/v1$/, '') : this.apiBase;
    }
    /** Answers when the server does; the version the first time it can be had, then from memory. */
    async version() {
        try {
            await this.probe();
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            if (error instanceof ports/* ModelServerError */.h && (error.status === 401 || error.status === 403)) {
                throw new errors/* ExternalError */.yA(`${this.displayName} at ${this.host} refused the API key (${reason}); name the variable holding the right key with --api-key-env`);
            }
            // The server answered: a 404 (or another refusal) at the probe's path is a wrong address.
            if (error instanceof ports/* ModelServerError */.h &&
                error.status !== null &&
                error.status >= 400 &&
                error.status < 500) {
                throw new errors/* ExternalError */.yA(this.refusedProbeText(error.status, reason));
            }
            const advice = (0,http_request/* tlsAdvice */.SD)(this.host, reason, (plain) => `if the server there speaks plain HTTP, use --server ${this.engine}=${plain}`) ?? `start it, or give its address with --server ${this.engine}=URL`;
            throw new errors/* ExternalError */.yA(`cannot reach ${this.displayName} at ${this.host} (${reason}); ${advice}`);
        }
        this.engineVersion ??= await this.readVersion();
        return this.engineVersion;
    }
    /** The call whose answer says the server is there and ready: its path (under rootOf). */
    probePath = '/models';
    /** Throws unless the server answers and is ready. */
    async probe() {
        await this.getJson(this.probePath, this.deadlines.connectMs);
    }
    /** What a server answering the probe with an HTTP error (`reason`, as requireOk words it) likely means. */
    refusedProbeText(status, reason) {
        const path = new URL(`${this.rootOf(this.probePath)}${this.probePath}`).pathname;
        // requireOk's `GET /models: HTTP 404: <the server's message>`, already one escaped line.
        const said = /^GET \S+: HTTP \d+: (.*)$/.exec(reason)?.[1];
        const saidText = said === undefined || said === `HTTP ${status}` ? '' : ` (${said})`;
        return `${this.displayName} at ${this.host} answered HTTP ${status} at ${path}${saidText}: ${this.wrongAddressAdvice}; give the right address with --server ${this.engine}=URL`;
    }
    /** What a refused probe likely means, in words: the API's base URL ends in `/v1` here. */
    get wrongAddressAdvice() {
        const suggestion = /\/v1$/.test(this.host) ? '' : `, e.g. ${this.host}/v1`;
        return `the URL's path is likely wrong (the API's base URL ends in /v1${suggestion}, with nothing after it), or the server there is not an OpenAI-compatible server`;
    }
    /** vLLM's `GET /version` (`{"version": \u2026}`); `unknown` for a server without one. */
    async readVersion() {
        try {
            const body = await this.getJson('/version', this.deadlines.connectMs);
            const version = body?.version;
            return typeof version === 'string' && version !== '' ? version : 'unknown';
        }
        catch {
            return 'unknown';
        }
    }
    async listEntries() {
        const body = (await this.getJson('/models', this.deadlines.requestMs));
        const data = Array.isArray(body?.data) ? body.data : [];
        return data.flatMap((entry) => {
            if (typeof entry !== 'object' || entry === null)
                return [];
            const { id, meta } = entry;
            if (typeof id !== 'string')
                return [];
            return [
                { id, meta: typeof meta === 'object' && meta !== null ? meta : null },
            ];
        });
    }
    async listModels() {
        return (await this.listEntries()).map((entry) => ({ name: entry.id }));
    }
    async show(model) {
        const entry = (await this.listEntries()).find((listed) => listed.id === model);
        if (entry === undefined)
            return null;
        const meta = entry.meta ?? {};
        const count = (value) => (typeof value === 'number' ? value : null);
        return {
            name: entry.id,
            digest: null,
            // llama-server's `meta`: the model file's size and its training context length.
            sizeBytes: count(meta.size),
            family: null,
            parameterSize: null,
            quantizationLevel: null,
            format: null,
            contextLength: count(meta.n_ctx_train),
            // These servers do not say what a model can do; every model they list is taken to generate.
            capabilities: null,
        };
    }
    /** These servers serve the models they were started with; none downloads one on request. */
    async pull(model) {
        const served = (await this.listEntries()).map((entry) => entry.id);
        throw new ports/* ModelServerError */.h(`${this.displayName} at ${this.host} does not serve "${model}" and cannot download models; it serves ${served.length > 0 ? served.map((id) => `"${id}"`).join(', ') : 'none'}`, 404, false);
    }
    async generate(request) {
        const { requestMs, idleMs } = this.deadlines;
        const limits = {
            total: { ms: requestMs, message: `generation did not finish within ${(0,call_deadlines/* seconds */.YA)(requestMs)}` },
            idle: { ms: idleMs, message: `no token for ${(0,call_deadlines/* seconds */.YA)(idleMs)}` },
            ...(request.signal ? { signal: request.signal } : {}),
        };
        const started = this.clock.now();
        return this.http.call(`${this.apiBase}/chat/completions`, {
            method: 'POST',
            body: chatCompletionBody(request, this.engine === 'llamacpp' ? 'llamacpp' : 'openai'),
        }, limits, async (response, chunk) => {
            await requireOk(response, 'POST /chat/completions');
            return readChatStream(response.body, this.clock, started, chunk);
        });
    }
}


/***/ })

};
