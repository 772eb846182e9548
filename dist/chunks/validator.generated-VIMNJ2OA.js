import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-MRDI65AZ.js";
import {
  __toESM
} from "./chunk-FTISGSZM.js";

// src/jobs/tests/validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate21;
var validator_generated_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "integration-gate:job-tests", "type": "array", "minItems": 1, "description": "Test commands that write JUnit XML.", "items": { "type": "object", "additionalProperties": false, "required": ["command", "junit"], "properties": { "name": { "type": "string", "description": "Label for reports (default: the command)." }, "command": { "type": "string", "minLength": 1, "description": "Shell command that runs the tests (npm run test:integration, pytest \u2026)." }, "junit": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "description": "Glob(s) of the JUnit XML files the command writes. Relative to cwd; only files written during this run count." }, "cwd": { "type": "string", "description": "Working folder, relative to the workspace (default: the workspace)." }, "env": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Extra environment variables." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit; on expiry the whole process tree is killed (default 10m). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "keep": { "type": "object", "additionalProperties": false, "description": "How much of each failure the results keep (run.json, reports, annotations); the raw JUnit goes into the bundle whole.", "properties": { "message": { "type": "integer", "minimum": 64, "maximum": 1048576, "description": "Bytes of a failure message (default 1024)." }, "details": { "type": "integer", "minimum": 256, "maximum": 16777216, "description": "Bytes of a failure's stack trace or text (default 8192)." }, "cases": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "Failing tests listed per report file (default 5000; the counts stay exact)." } } } } } };
var func2 = import_ucs2length.default.default;
var pattern0 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.command === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema6.items.required, parentSchema: schema6.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.junit === void 0) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "junit" }, message: "must have required property 'junit'", schema: schema6.items.required, parentSchema: schema6.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "name" || key0 === "command" || key0 === "junit" || key0 === "cwd" || key0 === "env" || key0 === "timeout" || key0 === "keep")) {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.name.type, parentSchema: schema6.items.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.command !== void 0) {
          let data2 = data0.command;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err5 = { instancePath: instancePath + "/" + i0 + "/command", schemaPath: "#/items/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.items.properties.command, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/" + i0 + "/command", schemaPath: "#/items/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.command.type, parentSchema: schema6.items.properties.command, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.junit !== void 0) {
          let data3 = data0.junit;
          const _errs9 = errors;
          let valid3 = false;
          const _errs10 = errors;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.items.properties.junit.anyOf[0], data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.junit.anyOf[0].type, parentSchema: schema6.items.properties.junit.anyOf[0], data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs12 = errors;
            if (Array.isArray(data3)) {
              if (data3.length < 1) {
                const err9 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.items.properties.junit.anyOf[1], data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              const len1 = data3.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data4 = data3[i1];
                if (typeof data4 === "string") {
                  if (func2(data4) < 1) {
                    const err10 = { instancePath: instancePath + "/" + i0 + "/junit/" + i1, schemaPath: "#/items/properties/junit/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.items.properties.junit.anyOf[1].items, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/" + i0 + "/junit/" + i1, schemaPath: "#/items/properties/junit/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.junit.anyOf[1].items.type, parentSchema: schema6.items.properties.junit.anyOf[1].items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            } else {
              const err12 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.items.properties.junit.anyOf[1].type, parentSchema: schema6.items.properties.junit.anyOf[1], data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            var _valid0 = _errs12 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err13 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema6.items.properties.junit.anyOf, parentSchema: schema6.items.properties.junit, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.cwd !== void 0) {
          let data5 = data0.cwd;
          if (typeof data5 !== "string") {
            const err14 = { instancePath: instancePath + "/" + i0 + "/cwd", schemaPath: "#/items/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.cwd.type, parentSchema: schema6.items.properties.cwd, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.env !== void 0) {
          let data6 = data0.env;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key1 in data6) {
              let data7 = data6[key1];
              if (typeof data7 !== "string") {
                const err15 = { instancePath: instancePath + "/" + i0 + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.env.additionalProperties.type, parentSchema: schema6.items.properties.env.additionalProperties, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/" + i0 + "/env", schemaPath: "#/items/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.env.type, parentSchema: schema6.items.properties.env, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.timeout !== void 0) {
          let data8 = data0.timeout;
          if (typeof data8 === "string") {
            if (!pattern0.test(data8)) {
              const err17 = { instancePath: instancePath + "/" + i0 + "/timeout", schemaPath: "#/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.items.properties.timeout, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/" + i0 + "/timeout", schemaPath: "#/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.timeout.type, parentSchema: schema6.items.properties.timeout, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data0.keep !== void 0) {
          let data9 = data0.keep;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key2 in data9) {
              if (!(key2 === "message" || key2 === "details" || key2 === "cases")) {
                const err19 = { instancePath: instancePath + "/" + i0 + "/keep", schemaPath: "#/items/properties/keep/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.keep, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.message !== void 0) {
              let data10 = data9.message;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                const err20 = { instancePath: instancePath + "/" + i0 + "/keep/message", schemaPath: "#/items/properties/keep/properties/message/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.items.properties.keep.properties.message.type, parentSchema: schema6.items.properties.keep.properties.message, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (typeof data10 == "number") {
                if (data10 > 1048576 || isNaN(data10)) {
                  const err21 = { instancePath: instancePath + "/" + i0 + "/keep/message", schemaPath: "#/items/properties/keep/properties/message/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1048576 }, message: "must be <= 1048576", schema: 1048576, parentSchema: schema6.items.properties.keep.properties.message, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data10 < 64 || isNaN(data10)) {
                  const err22 = { instancePath: instancePath + "/" + i0 + "/keep/message", schemaPath: "#/items/properties/keep/properties/message/minimum", keyword: "minimum", params: { comparison: ">=", limit: 64 }, message: "must be >= 64", schema: 64, parentSchema: schema6.items.properties.keep.properties.message, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data9.details !== void 0) {
              let data11 = data9.details;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
                const err23 = { instancePath: instancePath + "/" + i0 + "/keep/details", schemaPath: "#/items/properties/keep/properties/details/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.items.properties.keep.properties.details.type, parentSchema: schema6.items.properties.keep.properties.details, data: data11 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data11 == "number") {
                if (data11 > 16777216 || isNaN(data11)) {
                  const err24 = { instancePath: instancePath + "/" + i0 + "/keep/details", schemaPath: "#/items/properties/keep/properties/details/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16777216 }, message: "must be <= 16777216", schema: 16777216, parentSchema: schema6.items.properties.keep.properties.details, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data11 < 256 || isNaN(data11)) {
                  const err25 = { instancePath: instancePath + "/" + i0 + "/keep/details", schemaPath: "#/items/properties/keep/properties/details/minimum", keyword: "minimum", params: { comparison: ">=", limit: 256 }, message: "must be >= 256", schema: 256, parentSchema: schema6.items.properties.keep.properties.details, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data9.cases !== void 0) {
              let data12 = data9.cases;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                const err26 = { instancePath: instancePath + "/" + i0 + "/keep/cases", schemaPath: "#/items/properties/keep/properties/cases/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.items.properties.keep.properties.cases.type, parentSchema: schema6.items.properties.keep.properties.cases, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data12 == "number") {
                if (data12 > 1e6 || isNaN(data12)) {
                  const err27 = { instancePath: instancePath + "/" + i0 + "/keep/cases", schemaPath: "#/items/properties/keep/properties/cases/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema6.items.properties.keep.properties.cases, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data12 < 1 || isNaN(data12)) {
                  const err28 = { instancePath: instancePath + "/" + i0 + "/keep/cases", schemaPath: "#/items/properties/keep/properties/cases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.items.properties.keep.properties.cases, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/" + i0 + "/keep", schemaPath: "#/items/properties/keep/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.keep.type, parentSchema: schema6.items.properties.keep, data: data9 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.type, parentSchema: schema6.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
export {
  validator_generated_default as default,
  validate
};
//# sourceMappingURL=validator.generated-VIMNJ2OA.js.map
