// Checks docs/openapi.yaml with a real OpenAPI validator and the house rules (operationIds, security), then checks recorded real responses of the hub
// against the schemas the document gives for their path, method and status.
//
//   node validate.mjs OPENAPI.yaml [RECORDINGS_DIR]
//
// A recording is a JSON file {"method": "post", "path": "/api/v1/sync/push", "status": 200, "body": {...}}
// where path is the document's path template. Exit 0 when everything validates, 1 otherwise.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import YAML from "yaml";

const [specPath, recordingsDir] = process.argv.slice(2);
if (!specPath) {
  console.error("usage: node validate.mjs OPENAPI.yaml [RECORDINGS_DIR]");
  process.exit(2);
}

const raw = YAML.parse(readFileSync(specPath, "utf8"));
try {
  await SwaggerParser.validate(structuredClone(raw));
} catch (e) {
  console.error(`${specPath}: not a valid OpenAPI document: ${e.message}`);
  process.exit(1);
}
// The house rules on top of validity: every operation has a unique camelCase operationId (client generators name
// their functions after it) and says who may call it: its security schemes, or `security: []` for a public one.
const lint = [];
const seenIds = new Map();
for (const [path, item] of Object.entries(raw.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!["get", "put", "post", "delete", "patch", "head", "options"].includes(method)) continue;
    const where = `${method.toUpperCase()} ${path}`;
    if (!op.operationId) lint.push(`${where}: no operationId`);
    else if (!/^[a-z][A-Za-z0-9]*$/.test(op.operationId)) lint.push(`${where}: operationId ${op.operationId} is not camelCase`);
    else if (seenIds.has(op.operationId)) lint.push(`${where}: operationId ${op.operationId} also names ${seenIds.get(op.operationId)}`);
    else seenIds.set(op.operationId, where);
    if (op.security === undefined && raw.security === undefined)
      lint.push(`${where}: no security (write security: [] for a public route)`);
  }
}
if (lint.length) {
  for (const line of lint) console.error(`${specPath}: ${line}`);
  process.exit(1);
}
const api = await SwaggerParser.dereference(structuredClone(raw));
console.log(`${specPath}: valid OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paths, ${seenIds.size} operations, each with an operationId and its security`);
if (!recordingsDir) process.exit(0);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
let failed = 0;
let checked = 0;
for (const name of readdirSync(recordingsDir).filter((f) => f.endsWith(".json")).sort()) {
  const rec = JSON.parse(readFileSync(join(recordingsDir, name), "utf8"));
  const operation = api.paths[rec.path]?.[rec.method];
  const response = operation?.responses?.[String(rec.status)] ?? operation?.responses?.default;
  const schema = response?.content?.["application/json"]?.schema;
  if (!schema) {
    console.error(`${name}: ${rec.method.toUpperCase()} ${rec.path} ${rec.status} is not documented`);
    failed++;
    continue;
  }
  const validate = ajv.compile(schema);
  checked++;
  if (!validate(rec.body)) {
    console.error(`${name}: ${rec.method.toUpperCase()} ${rec.path} ${rec.status} does not match the document:`);
    for (const err of validate.errors) console.error(`  ${err.instancePath || "/"} ${err.message}`);
    failed++;
  }
}
console.log(`${checked} recorded responses checked, ${failed} failed`);
process.exit(failed === 0 && checked > 0 ? 0 : 1);
