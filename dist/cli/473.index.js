export const id = 473;
export const ids = [473];
export const modules = {

/***/ 86473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubSetup: () => (/* reexport safe */ _forge_github_setup_js__WEBPACK_IMPORTED_MODULE_0__.rI)
/* harmony export */ });
/* harmony import */ var _forge_github_setup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79817);
/** `--platform github`: the runner's event, inputs and token -> PlatformSetup (see forge/github/setup.ts). */



/***/ })

};
