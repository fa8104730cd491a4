// Validates every object in the given YAML files against the Kubernetes API schemas that the
// kubernetes-models package ships (types, required fields, enums, formats; offline). Run by scripts/kubernetes-validate.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let failed = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      console.error(`${file}: ${document.errors.map((e) => e.message).join("; ")}`);
      failed++;
      continue;
    }

    const object = document.toJS();
    if (object === null) {
      continue;
    }

    const { apiVersion, kind } = object;
    const module = apiVersion?.includes("/") ? `kubernetes-models/${apiVersion}` : `kubernetes-models/${apiVersion ?? "v1"}`;
    try {
      const models = await import(module);
      const Model = models[kind];
      if (Model === undefined) {
        throw new Error(`unknown kind ${kind} in ${apiVersion}`);
      }

      new Model(object).validate();
      checked++;
    } catch (error) {
      console.error(`${file}: ${kind ?? "?"} ${object.metadata?.name ?? ""}: ${error.message}`);
      failed++;
    }
  }
}

console.log(`${checked} Kubernetes objects valid, ${failed} invalid`);
process.exit(failed > 0 || checked === 0 ? 1 : 0);
