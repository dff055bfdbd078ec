export const id = 865;
export const ids = [865];
export const modules = {

/***/ 68865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubSetup: () => (/* reexport safe */ _setup_js__WEBPACK_IMPORTED_MODULE_0__.rI)
/* harmony export */ });
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82437);
/** `--platform github`: the runner's event, inputs and token -> PlatformSetup (see forge/github/setup.ts). */



/***/ })

};
