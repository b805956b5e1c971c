// Dudao: the form-js viewer inside Tasklist 7.24 keeps an empty entry in its errors for a valid field
// of a dynamic list (errors = {Field_UnitCode: []} after the first edit), and Tasklist counts every
// entry as an error: 完成 stays disabled after any edit in a list (the inspection's findings, the
// feedback items) although the form is valid and nothing is shown as wrong. Empty entries are dropped
// before Tasklist sees the state; real errors are left as they are.
const FORM_JS_MODULE = 57661; // the form-js bundle's module id in camunda-webapp-webjar 7.24.0 (lib/deps.js)

function isEmpty(errors) {
  if (errors === undefined || errors === null) {
    return true;
  }
  if (Array.isArray(errors)) {
    return errors.every(isEmpty);
  }
  if (typeof errors === 'object') {
    return Object.values(errors).every(isEmpty);
  }
  return false;
}

function withoutEmptyEntries(errors) {
  return Object.fromEntries(Object.entries(errors).filter(([, fieldErrors]) => !isEmpty(fieldErrors)));
}

function patchFormJs(require) {
  const formJs = require(FORM_JS_MODULE);
  const Form = formJs && formJs.Form;
  if (!Form || typeof Form.prototype._setState !== 'function') {
    console.warn('Dudao: form-js not found where expected; dynamic-list validity not patched');
    return;
  }
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors && typeof state.errors === 'object') {
      state = { ...state, errors: withoutEmptyEntries(state.errors) };
    }
    return setState.call(this, state);
  };
}

// a chunk's runtime function is called with webpack's require: the way in to the bundled form-js
(self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []).push([['dudao-dynamic-list-validity'], {}, patchFormJs]);

export default [];
