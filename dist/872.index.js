export const id = 872;
export const ids = [872];
export const modules = {

/***/ 49872:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const MemoryStorage = __webpack_require__(33880);

module.exports = MemoryStorage;


/***/ })

};
