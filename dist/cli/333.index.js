export const id = 333;
export const ids = [333];
export const modules = {

/***/ 35333:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startMetricsServer: () => (/* binding */ startMetricsServer)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51398);


/**
 * Serves `registry` at `/metrics` (Prometheus text format) and `/metrics.json` (prom-client's JSON).
 * Resolves once listening; a port in use or a host that cannot be bound is the user's error,
 * naming the flag and the address.
 */
async function startMetricsServer(registry, address) {
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        const path = new URL(req.url ?? '/', 'http://metrics').pathname;
        const answer = (status, type, body) => {
            res.writeHead(status, { 'content-type': type });
            res.end(req.method === 'HEAD' ? undefined : body);
        };
        if (req.method !== 'GET' && req.method !== 'HEAD')
            return answer(405, 'text/plain', 'GET only\n');
        const body = path === '/metrics'
            ? registry.metrics().then((text) => ({ type: registry.contentType, text }))
            : path === '/metrics.json'
                ? registry
                    .getMetricsAsJSON()
                    .then((json) => ({ type: 'application/json', text: JSON.stringify(json) }))
                : null;
        if (body === null)
            return answer(404, 'text/plain', 'not found: try /metrics or /metrics.json\n');
        body.then(({ type, text }) => answer(200, type, text), (error) => answer(500, 'text/plain', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}\n`));
    });
    await listen(server, address);
    const bound = server.address();
    const port = typeof bound === 'object' && bound !== null ? bound.port : address.port;
    const host = address.host.includes(':') ? `[${address.host}]` : address.host;
    return {
        url: `http://${host}:${port}`,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
function listen(server, { host, port }) {
    return new Promise((resolve, reject) => {
        server.once('error', (error) => reject(listenError(error, host, port)));
        server.listen(port, host, () => resolve());
    });
}
/** Why the server could not listen, naming the flag that chose the address. */
function listenError(error, host, port) {
    const where = `${host}:${port}`;
    if (error.code === 'EADDRINUSE')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--metrics-port ${port}: ${where} is already in use; choose another port`);
    if (error.code === 'EACCES')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--metrics-port ${port}: not allowed to listen on ${where} (ports below 1024 need privileges)`);
    if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--metrics-host ${host}: cannot listen there (${error.code}); give an address of this machine, e.g. 127.0.0.1`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExternalError */ .yA(`cannot listen on ${where} for --metrics-port: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
}


/***/ })

};
