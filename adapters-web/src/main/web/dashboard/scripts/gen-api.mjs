// Generates src/api/schema.d.ts from the OpenAPI document the Java compiler writes, so the dashboard's
// types always match the server it ships with (docs/dashboard.md). The document's path comes from
// STREAMHUB_OPENAPI (set by the Maven execution) or defaults to adapters-web's build output.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const spec = process.env.STREAMHUB_OPENAPI
  || path.resolve(here, '../../../../../target/classes/META-INF/swagger/streamhub-1.yml');
if (!fs.existsSync(spec)) {
  console.error(`gen-api: no OpenAPI document at ${spec}; compile adapters-web first `
    + '(mvn -o -q compile -pl adapters-web -am) or set STREAMHUB_OPENAPI');
  process.exit(1);
}
const ast = await openapiTS(new URL(`file://${path.resolve(spec)}`));
const out = path.resolve(here, '../src/api/schema.d.ts');
const text = '// GENERATED from the OpenAPI document by scripts/gen-api.mjs: do not edit.\n' + astToString(ast);
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) {
  fs.writeFileSync(out, text);
}
