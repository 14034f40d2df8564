import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  apiBaseUrl,
  createOctokit,
  githubFetch,
  isRateLimited403
} from "./chunk-PQDK4F2P.js";
import "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import "./chunk-4KYU7GAX.js";
import "./chunk-TTC2ININ.js";
export {
  apiBaseUrl,
  createOctokit,
  githubFetch,
  isRateLimited403
};
