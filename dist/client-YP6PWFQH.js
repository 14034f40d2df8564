import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  import_client
} from "./chunk-NPLR4MTA.js";
import "./chunk-UWARJ5PC.js";
var export_buildFileTree = import_client.buildFileTree;
var export_createDeployment = import_client.createDeployment;
export {
  export_buildFileTree as buildFileTree,
  export_createDeployment as createDeployment
};
