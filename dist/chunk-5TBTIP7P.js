import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);

// lib/runtime/secrets.js
var MIN_LENGTH = 4;
var MASK = "***";
var secrets = /* @__PURE__ */ new Set();
var forms = [];
function registerSecret(value) {
  const v = value?.trim();
  if (!v || v.length < MIN_LENGTH || secrets.has(v))
    return;
  secrets.add(v);
  const next = new Set(forms);
  for (const form of encodedForms(v))
    if (form.length >= MIN_LENGTH)
      next.add(form);
  forms = [...next].sort((a, b) => b.length - a.length);
}
function scrubSecrets(text) {
  return scrubWith(text, forms);
}
function scrubValues(text, values) {
  const extra = values.flatMap((v) => v && v.trim().length >= MIN_LENGTH ? encodedForms(v.trim()) : []);
  if (extra.length === 0)
    return scrubWith(text, forms);
  return scrubWith(text, [.../* @__PURE__ */ new Set([...forms, ...extra])].sort((a, b) => b.length - a.length));
}
function scrubWith(text, all) {
  if (text === void 0 || all.length === 0)
    return text;
  let out = text;
  for (const form of all)
    if (out.includes(form))
      out = out.split(form).join(MASK);
  return out;
}
function encodedForms(value) {
  const bytes = Buffer.from(value, "utf8");
  const out = /* @__PURE__ */ new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
    for (const encoding of ["base64", "base64url"]) {
      let text = padded.toString(encoding);
      if (shift === 0)
        out.add(text);
      const head = shift === 0 ? 0 : Math.ceil(shift * 8 / 6);
      const tailBits = padded.length * 8 % 6;
      text = text.replace(/=+$/, "");
      const stable = text.slice(head, tailBits === 0 ? text.length : text.length - 1);
      if (stable.length >= Math.min(8, text.length))
        out.add(stable);
    }
  }
  return [...out];
}

export {
  registerSecret,
  scrubSecrets,
  scrubValues
};
