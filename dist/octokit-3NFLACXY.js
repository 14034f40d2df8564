import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  apiBaseUrl,
  createOctokit,
  githubFetch,
  isRateLimited403
} from "./chunk-BBYGGOKM.js";
import "./chunk-3DFAUON2.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import "./chunk-4KYU7GAX.js";
import "./chunk-UWARJ5PC.js";
export {
  apiBaseUrl,
  createOctokit,
  githubFetch,
  isRateLimited403
};
