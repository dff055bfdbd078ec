export const id = 221;
export const ids = [221];
export const modules = {

/***/ 26221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startTelemetry: () => (/* binding */ startTelemetry)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63914);
/* harmony import */ var _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94952);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86004);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75647);




/** Audit detail keys that OpenTelemetry's GenAI conventions name (the rest become `droid.<key>`). */
const GEN_AI_ATTRIBUTES = {
    input_tokens: 'gen_ai.usage.input_tokens',
    output_tokens: 'gen_ai.usage.output_tokens',
};
/** The OpenTelemetry side of a run (loaded on demand by telemetry.ts when an endpoint is set). */
function startTelemetry(env, exporter, attributes) {
    const provider = new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_0__/* .BasicTracerProvider */ .l({
        resource: (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_1__.resourceFromAttributes)({
            'service.name': env.OTEL_SERVICE_NAME || 'droid-ci',
            'service.version': attributes.version,
        }),
        spanProcessors: [new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_0__/* .BatchSpanProcessor */ .J(new _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_2__/* .OTLPTraceExporter */ .Q(exporter), { exportTimeoutMillis: exporter.timeoutMillis })],
    });
    return new RunTelemetry(provider, attributes, exporter.timeoutMillis);
}
class RunTelemetry {
    provider;
    timeoutMillis;
    tracer;
    root;
    stages = new Map();
    /** the latest span of each stage, open or ended: events recorded just after their stage (engine.run, git.commit) still belong to it */
    lastOfStage = new Map();
    constructor(provider, attributes, timeoutMillis) {
        this.provider = provider;
        this.timeoutMillis = timeoutMillis;
        this.tracer = provider.getTracer('droid-ci');
        this.root = this.tracer.startSpan('droid.run', {
            attributes: {
                'droid.run_id': attributes.runId,
                'droid.repo': attributes.repo,
            },
        });
    }
    setAttributes(attributes) {
        this.root.setAttributes(attributes);
    }
    startStage(stage) {
        const span = this.tracer.startSpan(`droid.${stage}`, {}, _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.trace.setSpan(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.context.active(), this.root));
        this.stages.set(stage, span);
        this.lastOfStage.set(stage, span);
    }
    endStage(stage, outcome) {
        const span = this.stages.get(stage);
        if (!span)
            return;
        span.setStatus({ code: outcome === 'ok' ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.SpanStatusCode.OK : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.SpanStatusCode.ERROR });
        span.end();
        this.stages.delete(stage);
    }
    event(line) {
        if (line.action === 'stage.start' || line.action === 'stage.end')
            return;
        const parent = this.stages.get(line.stage) ?? this.lastOfStage.get(line.stage) ?? this.root;
        const end = Date.parse(line.time);
        const start = line.durationMs ? end - line.durationMs : end;
        const attributes = {
            'droid.stage': line.stage,
            'droid.outcome': line.outcome,
            'droid.actor': line.actor,
        };
        const usage = {};
        for (const [k, v] of Object.entries(line.detail ?? {})) {
            if (v === undefined)
                continue;
            const genAi = GEN_AI_ATTRIBUTES[k];
            attributes[genAi ?? `droid.${k}`] = v;
            if (genAi && typeof v === 'number')
                usage[genAi] = v;
        }
        // the run's totals also go on the root span, where a trace backend sums a run up
        if (line.action === 'run.end' && Object.keys(usage).length > 0)
            this.root.setAttributes(usage);
        const span = this.tracer.startSpan(line.action, { startTime: start, attributes }, _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.trace.setSpan(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.context.active(), parent));
        if (line.outcome === 'fail')
            span.setStatus({ code: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.SpanStatusCode.ERROR });
        span.end(end);
    }
    async shutdown() {
        for (const [stage] of this.stages)
            this.endStage(stage, 'fail');
        this.root.end();
        // an unreachable or silent endpoint must neither fail nor hold up the run: the exporter gives up after
        // its timeout, and this bound covers whatever is left (the spans are then dropped, the run goes on)
        let timer;
        const bound = new Promise((resolve) => {
            timer = setTimeout(resolve, this.timeoutMillis + 1_000);
            timer.unref();
        });
        try {
            await Promise.race([this.provider.shutdown().catch(() => undefined), bound]);
        }
        finally {
            clearTimeout(timer);
        }
    }
}


/***/ })

};
