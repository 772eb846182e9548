import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-MRDI65AZ.js";
import {
  __toESM
} from "./chunk-FTISGSZM.js";

// src/jobs/contract/validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate21;
var validator_generated_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "integration-gate:job-contract", "type": "object", "additionalProperties": false, "required": ["openapi"], "description": "Contract checks: every documented operation of an OpenAPI description (3.0, 3.1 or Swagger 2.0) is called on the live service and its answers checked against the description; declared flows check data round trips; an optional external contract command (e.g. Pact provider verification) is counted in the same results.", "properties": { "openapi": { "type": "string", "minLength": 1, "description": "Path of the OpenAPI / Swagger description (YAML or JSON), relative to the workspace. $refs to other files are resolved." }, "baseUrl": { "type": "string", "pattern": "^https?://", "description": "Base URL the operations' paths are appended to, including any path prefix (e.g. https://api.example.com/v1). Default: the URL of the integration's service." }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Operations to exercise (default: all). Each entry is an operationId ('createPayment'), a tag ('tag:payments') or a method and path pattern ('GET /payments*', '* /payments/{paymentId}'); * matches any characters." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Operations not to exercise, same patterns as include. Excluded operations still count as documented, so they lower contract.coverage." }, "allowWrites": { "type": "boolean", "description": "Send non-safe methods (POST, PUT, PATCH, DELETE). Default: true against a service the manifest starts, false against any other URL (then only GET, HEAD, OPTIONS are sent)." }, "auth": { "type": "object", "description": "Credentials for the description's security schemes, by scheme name. Secrets come from environment variables and are redacted from logs and evidence.", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "description": "apiKey: the key; http bearer / oauth2 / openIdConnect: the token; http basic: user:password.", "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Environment variable holding the secret." } } } }, "checks": { "type": "object", "additionalProperties": false, "description": "Switch checks off for every operation (prefer per-operation waivers), and set the optional response-time limit.", "properties": { "not_a_server_error": { "type": "boolean", "description": "No response may be a 5xx. Default: on." }, "status_code_conformance": { "type": "boolean", "description": "The status is documented for the operation (exactly, as a range such as 2XX, or by 'default'). Default: on." }, "content_type_conformance": { "type": "boolean", "description": "The Content-Type is one documented for that status. Default: on." }, "response_schema_conformance": { "type": "boolean", "description": "The JSON body validates against the documented schema (formats checked; nullable for 3.0; JSON Schema 2020-12 for 3.1). Default: on." }, "response_headers_conformance": { "type": "boolean", "description": "Required documented headers are present and documented headers match their schema. Default: on." }, "negative_data_rejection": { "type": "boolean", "description": "Requests that violate the request schema get a 4xx, not a 2xx or 5xx. Default: on." }, "round_trip": { "type": "boolean", "description": "Declared flows keep the data they should. Default: on." }, "max_response_time": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Every response must arrive within this time (off unless set). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "request_timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit of each request (default 10s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "waivers": { "type": "array", "description": "Checks switched off for one operation, with the reason; recorded as waivers in the evidence (and the would-be verdict kept).", "items": { "type": "object", "additionalProperties": false, "required": ["operation", "check", "reason"], "description": "One waiver.", "properties": { "operation": { "type": "string", "minLength": 1, "description": "operationId or 'METHOD /path' pattern the waiver applies to; '*' for all." }, "check": { "type": "string", "enum": ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance", "response_headers_conformance", "negative_data_rejection", "max_response_time", "round_trip", "external_command", "*"], "description": "The check waived, or '*' for all checks of the operation." }, "reason": { "type": "string", "minLength": 3, "description": "Why the check is waived (shown to reviewers and auditors)." } } } }, "flows": { "type": "array", "description": "Round trips (create \u2192 read \u2192 compare \u2192 delete): steps call operations, capture values from responses, and compare fields that must survive.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "steps"], "description": "One flow.", "properties": { "name": { "type": "string", "minLength": 1, "description": "Name of the flow in reports." }, "steps": { "type": "array", "minItems": 1, "description": "The requests of the flow, in order.", "items": { "type": "object", "additionalProperties": false, "required": ["id"], "description": "One request: the operation (or an OpenAPI link to follow), its parameters and body, the expected status, the values to capture and the equalities to check.", "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "description": "Step id, used by later steps as $steps.<id>.\u2026" }, "operation": { "type": "string", "minLength": 1, "description": "operationId or 'METHOD /path' of the operation the step calls." }, "link": { "type": "string", "minLength": 1, "description": "Name of an OpenAPI link on the response of step `from`: the step calls its target operation with the parameters the link declares." }, "from": { "type": "string", "description": "Step whose response `link` is read from (default: the previous step)." }, "params": { "type": "object", "description": "Parameter values by name (path, query, header, cookie). Strings may be runtime expressions: $steps.<id>.outputs.<name>, $steps.<id>.response.body#/pointer, $steps.<id>.request.body#/pointer, $steps.<id>.response.header.<name>." }, "body": { "description": "Request body (default: the example or a generated one). String leaves may be runtime expressions." }, "status": { "type": "integer", "minimum": 100, "maximum": 599, "description": "Expected status (default: any 2xx)." }, "outputs": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Values captured from this step: name \u2192 $response.body#/pointer, $response.header.<name>, $request.body#/pointer, $statusCode." }, "equals": { "type": "object", "description": 'Equality checks: runtime expression \u2192 expected value or another expression, e.g. "$response.body#/amount": "$steps.create.request.body#/amount".' }, "survives": { "type": "object", "additionalProperties": false, "required": ["from", "fields"], "description": "Shorthand: each field of step `from`'s request body must come back unchanged in this step's response body.", "properties": { "from": { "type": "string", "description": "Step id whose request body holds the expected values." }, "fields": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "Field names or JSON pointers (/amount, /customer/name)." } } } } } } } } }, "command": { "type": "object", "additionalProperties": false, "required": ["run", "junit"], "description": "An external contract tool (Pact provider verification, Dredd, Schemathesis\u2026) that writes JUnit; each test case counts as a contract check. It gets INTEGRATION_GATE_BASE_URL in its environment.", "properties": { "run": { "type": "string", "minLength": 1, "description": "Shell command." }, "junit": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "description": "Glob(s) of the JUnit files it writes. Relative to cwd; only files written during this run count." }, "cwd": { "type": "string", "description": "Working folder, relative to the workspace (default: the workspace)." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit; on expiry the whole process tree is killed (default 10m). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var pattern0 = new RegExp("^https?://", "u");
var pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern2 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
var pattern4 = new RegExp("^[A-Za-z0-9_-]+$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.openapi === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openapi" }, message: "must have required property 'openapi'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema6.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.openapi !== void 0) {
      let data0 = data.openapi;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/openapi", schemaPath: "#/properties/openapi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.openapi, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/openapi", schemaPath: "#/properties/openapi/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.openapi.type, parentSchema: schema6.properties.openapi, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.baseUrl !== void 0) {
      let data1 = data.baseUrl;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err4 = { instancePath: instancePath + "/baseUrl", schemaPath: "#/properties/baseUrl/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema6.properties.baseUrl, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/baseUrl", schemaPath: "#/properties/baseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.baseUrl.type, parentSchema: schema6.properties.baseUrl, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err6 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.include.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.include.items.type, parentSchema: schema6.properties.include.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.include.type, parentSchema: schema6.properties.include, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data4 = data.exclude;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err9 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.exclude.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.exclude.items.type, parentSchema: schema6.properties.exclude.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.exclude.type, parentSchema: schema6.properties.exclude, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.allowWrites !== void 0) {
      let data6 = data.allowWrites;
      if (typeof data6 !== "boolean") {
        const err12 = { instancePath: instancePath + "/allowWrites", schemaPath: "#/properties/allowWrites/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.allowWrites.type, parentSchema: schema6.properties.allowWrites, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      let data7 = data.auth;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          let data8 = data7[key1];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.fromEnv === void 0) {
              const err13 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/additionalProperties/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema6.properties.auth.additionalProperties.required, parentSchema: schema6.properties.auth.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key2 in data8) {
              if (!(key2 === "fromEnv")) {
                const err14 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.auth.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data8.fromEnv !== void 0) {
              let data9 = data8.fromEnv;
              if (typeof data9 === "string") {
                if (!pattern1.test(data9)) {
                  const err15 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/auth/additionalProperties/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema6.properties.auth.additionalProperties.properties.fromEnv, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/auth/additionalProperties/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.auth.additionalProperties.properties.fromEnv.type, parentSchema: schema6.properties.auth.additionalProperties.properties.fromEnv, data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.auth.additionalProperties.type, parentSchema: schema6.properties.auth.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.auth.type, parentSchema: schema6.properties.auth, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data10 = data.checks;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key3 in data10) {
          if (!func2.call(schema6.properties.checks.properties, key3)) {
            const err19 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.checks, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data10.not_a_server_error !== void 0) {
          let data11 = data10.not_a_server_error;
          if (typeof data11 !== "boolean") {
            const err20 = { instancePath: instancePath + "/checks/not_a_server_error", schemaPath: "#/properties/checks/properties/not_a_server_error/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.checks.properties.not_a_server_error.type, parentSchema: schema6.properties.checks.properties.not_a_server_error, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data10.status_code_conformance !== void 0) {
          let data12 = data10.status_code_conformance;
          if (typeof data12 !== "boolean") {
            const err21 = { instancePath: instancePath + "/checks/status_code_conformance", schemaPath: "#/properties/checks/properties/status_code_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.checks.properties.status_code_conformance.type, parentSchema: schema6.properties.checks.properties.status_code_conformance, data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data10.content_type_conformance !== void 0) {
          let data13 = data10.content_type_conformance;
          if (typeof data13 !== "boolean") {
            const err22 = { instancePath: instancePath + "/checks/content_type_conformance", schemaPath: "#/properties/checks/properties/content_type_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.checks.properties.content_type_conformance.type, parentSchema: schema6.properties.checks.properties.content_type_conformance, data: data13 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data10.response_schema_conformance !== void 0) {
          let data14 = data10.response_schema_conformance;
          if (typeof data14 !== "boolean") {
            const err23 = { instancePath: instancePath + "/checks/response_schema_conformance", schemaPath: "#/properties/checks/properties/response_schema_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.checks.properties.response_schema_conformance.type, parentSchema: schema6.properties.checks.properties.response_schema_conformance, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data10.response_headers_conformance !== void 0) {
          let data15 = data10.response_headers_conformance;
          if (typeof data15 !== "boolean") {
            const err24 = { instancePath: instancePath + "/checks/response_headers_conformance", schemaPath: "#/properties/checks/properties/response_headers_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.checks.properties.response_headers_conformance.type, parentSchema: schema6.properties.checks.properties.response_headers_conformance, data: data15 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data10.negative_data_rejection !== void 0) {
          let data16 = data10.negative_data_rejection;
          if (typeof data16 !== "boolean") {
            const err25 = { instancePath: instancePath + "/checks/negative_data_rejection", schemaPath: "#/properties/checks/properties/negative_data_rejection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.checks.properties.negative_data_rejection.type, parentSchema: schema6.properties.checks.properties.negative_data_rejection, data: data16 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.round_trip !== void 0) {
          let data17 = data10.round_trip;
          if (typeof data17 !== "boolean") {
            const err26 = { instancePath: instancePath + "/checks/round_trip", schemaPath: "#/properties/checks/properties/round_trip/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.checks.properties.round_trip.type, parentSchema: schema6.properties.checks.properties.round_trip, data: data17 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data10.max_response_time !== void 0) {
          let data18 = data10.max_response_time;
          if (typeof data18 === "string") {
            if (!pattern2.test(data18)) {
              const err27 = { instancePath: instancePath + "/checks/max_response_time", schemaPath: "#/properties/checks/properties/max_response_time/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.checks.properties.max_response_time, data: data18 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/checks/max_response_time", schemaPath: "#/properties/checks/properties/max_response_time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.checks.properties.max_response_time.type, parentSchema: schema6.properties.checks.properties.max_response_time, data: data18 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data10.request_timeout !== void 0) {
          let data19 = data10.request_timeout;
          if (typeof data19 === "string") {
            if (!pattern2.test(data19)) {
              const err29 = { instancePath: instancePath + "/checks/request_timeout", schemaPath: "#/properties/checks/properties/request_timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.checks.properties.request_timeout, data: data19 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/checks/request_timeout", schemaPath: "#/properties/checks/properties/request_timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.checks.properties.request_timeout.type, parentSchema: schema6.properties.checks.properties.request_timeout, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.checks.type, parentSchema: schema6.properties.checks, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data20 = data.waivers;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data21 = data20[i2];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.operation === void 0) {
              const err32 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "operation" }, message: "must have required property 'operation'", schema: schema6.properties.waivers.items.required, parentSchema: schema6.properties.waivers.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data21.check === void 0) {
              const err33 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'", schema: schema6.properties.waivers.items.required, parentSchema: schema6.properties.waivers.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data21.reason === void 0) {
              const err34 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema6.properties.waivers.items.required, parentSchema: schema6.properties.waivers.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "operation" || key4 === "check" || key4 === "reason")) {
                const err35 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.waivers.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data21.operation !== void 0) {
              let data22 = data21.operation;
              if (typeof data22 === "string") {
                if (func3(data22) < 1) {
                  const err36 = { instancePath: instancePath + "/waivers/" + i2 + "/operation", schemaPath: "#/properties/waivers/items/properties/operation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.waivers.items.properties.operation, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/waivers/" + i2 + "/operation", schemaPath: "#/properties/waivers/items/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.waivers.items.properties.operation.type, parentSchema: schema6.properties.waivers.items.properties.operation, data: data22 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data21.check !== void 0) {
              let data23 = data21.check;
              if (typeof data23 !== "string") {
                const err38 = { instancePath: instancePath + "/waivers/" + i2 + "/check", schemaPath: "#/properties/waivers/items/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.waivers.items.properties.check.type, parentSchema: schema6.properties.waivers.items.properties.check, data: data23 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (!(data23 === "not_a_server_error" || data23 === "status_code_conformance" || data23 === "content_type_conformance" || data23 === "response_schema_conformance" || data23 === "response_headers_conformance" || data23 === "negative_data_rejection" || data23 === "max_response_time" || data23 === "round_trip" || data23 === "external_command" || data23 === "*")) {
                const err39 = { instancePath: instancePath + "/waivers/" + i2 + "/check", schemaPath: "#/properties/waivers/items/properties/check/enum", keyword: "enum", params: { allowedValues: schema6.properties.waivers.items.properties.check.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.waivers.items.properties.check.enum, parentSchema: schema6.properties.waivers.items.properties.check, data: data23 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data21.reason !== void 0) {
              let data24 = data21.reason;
              if (typeof data24 === "string") {
                if (func3(data24) < 3) {
                  const err40 = { instancePath: instancePath + "/waivers/" + i2 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema6.properties.waivers.items.properties.reason, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/waivers/" + i2 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.waivers.items.properties.reason.type, parentSchema: schema6.properties.waivers.items.properties.reason, data: data24 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.waivers.items.type, parentSchema: schema6.properties.waivers.items, data: data21 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.waivers.type, parentSchema: schema6.properties.waivers, data: data20 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.flows !== void 0) {
      let data25 = data.flows;
      if (Array.isArray(data25)) {
        const len3 = data25.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data26 = data25[i3];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.name === void 0) {
              const err44 = { instancePath: instancePath + "/flows/" + i3, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema6.properties.flows.items.required, parentSchema: schema6.properties.flows.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data26.steps === void 0) {
              const err45 = { instancePath: instancePath + "/flows/" + i3, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema6.properties.flows.items.required, parentSchema: schema6.properties.flows.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key5 in data26) {
              if (!(key5 === "name" || key5 === "steps")) {
                const err46 = { instancePath: instancePath + "/flows/" + i3, schemaPath: "#/properties/flows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.flows.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data26.name !== void 0) {
              let data27 = data26.name;
              if (typeof data27 === "string") {
                if (func3(data27) < 1) {
                  const err47 = { instancePath: instancePath + "/flows/" + i3 + "/name", schemaPath: "#/properties/flows/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.flows.items.properties.name, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/flows/" + i3 + "/name", schemaPath: "#/properties/flows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.flows.items.properties.name.type, parentSchema: schema6.properties.flows.items.properties.name, data: data27 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data26.steps !== void 0) {
              let data28 = data26.steps;
              if (Array.isArray(data28)) {
                if (data28.length < 1) {
                  const err49 = { instancePath: instancePath + "/flows/" + i3 + "/steps", schemaPath: "#/properties/flows/items/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.flows.items.properties.steps, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                const len4 = data28.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data29 = data28[i4];
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    if (data29.id === void 0) {
                      const err50 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4, schemaPath: "#/properties/flows/items/properties/steps/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema6.properties.flows.items.properties.steps.items.required, parentSchema: schema6.properties.flows.items.properties.steps.items, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    for (const key6 in data29) {
                      if (!func2.call(schema6.properties.flows.items.properties.steps.items.properties, key6)) {
                        const err51 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4, schemaPath: "#/properties/flows/items/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.flows.items.properties.steps.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    if (data29.id !== void 0) {
                      let data30 = data29.id;
                      if (typeof data30 === "string") {
                        if (!pattern4.test(data30)) {
                          const err52 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/id", schemaPath: "#/properties/flows/items/properties/steps/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema6.properties.flows.items.properties.steps.items.properties.id, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                        }
                      } else {
                        const err53 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/id", schemaPath: "#/properties/flows/items/properties/steps/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.flows.items.properties.steps.items.properties.id.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.id, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    }
                    if (data29.operation !== void 0) {
                      let data31 = data29.operation;
                      if (typeof data31 === "string") {
                        if (func3(data31) < 1) {
                          const err54 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/operation", schemaPath: "#/properties/flows/items/properties/steps/items/properties/operation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.operation, data: data31 };
                          if (vErrors === null) {
                            vErrors = [err54];
                          } else {
                            vErrors.push(err54);
                          }
                          errors++;
                        }
                      } else {
                        const err55 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/operation", schemaPath: "#/properties/flows/items/properties/steps/items/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.flows.items.properties.steps.items.properties.operation.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.operation, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                    }
                    if (data29.link !== void 0) {
                      let data32 = data29.link;
                      if (typeof data32 === "string") {
                        if (func3(data32) < 1) {
                          const err56 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/link", schemaPath: "#/properties/flows/items/properties/steps/items/properties/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.link, data: data32 };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/link", schemaPath: "#/properties/flows/items/properties/steps/items/properties/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.flows.items.properties.steps.items.properties.link.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.link, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data29.from !== void 0) {
                      let data33 = data29.from;
                      if (typeof data33 !== "string") {
                        const err58 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/from", schemaPath: "#/properties/flows/items/properties/steps/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.flows.items.properties.steps.items.properties.from.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.from, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (data29.params !== void 0) {
                      let data34 = data29.params;
                      if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
                        const err59 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/params", schemaPath: "#/properties/flows/items/properties/steps/items/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.flows.items.properties.steps.items.properties.params.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.params, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data29.status !== void 0) {
                      let data35 = data29.status;
                      if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
                        const err60 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/status", schemaPath: "#/properties/flows/items/properties/steps/items/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.flows.items.properties.steps.items.properties.status.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.status, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                      if (typeof data35 == "number") {
                        if (data35 > 599 || isNaN(data35)) {
                          const err61 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/status", schemaPath: "#/properties/flows/items/properties/steps/items/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.status, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                        if (data35 < 100 || isNaN(data35)) {
                          const err62 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/status", schemaPath: "#/properties/flows/items/properties/steps/items/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.status, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data29.outputs !== void 0) {
                      let data36 = data29.outputs;
                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        for (const key7 in data36) {
                          let data37 = data36[key7];
                          if (typeof data37 !== "string") {
                            const err63 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/outputs/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/flows/items/properties/steps/items/properties/outputs/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.flows.items.properties.steps.items.properties.outputs.additionalProperties.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.outputs.additionalProperties, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err64 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/outputs", schemaPath: "#/properties/flows/items/properties/steps/items/properties/outputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.flows.items.properties.steps.items.properties.outputs.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.outputs, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                    if (data29.equals !== void 0) {
                      let data38 = data29.equals;
                      if (!(data38 && typeof data38 == "object" && !Array.isArray(data38))) {
                        const err65 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/equals", schemaPath: "#/properties/flows/items/properties/steps/items/properties/equals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.flows.items.properties.steps.items.properties.equals.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.equals, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data29.survives !== void 0) {
                      let data39 = data29.survives;
                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        if (data39.from === void 0) {
                          const err66 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema6.properties.flows.items.properties.steps.items.properties.survives.required, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.survives, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err66];
                          } else {
                            vErrors.push(err66);
                          }
                          errors++;
                        }
                        if (data39.fields === void 0) {
                          const err67 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property 'fields'", schema: schema6.properties.flows.items.properties.steps.items.properties.survives.required, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.survives, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        for (const key8 in data39) {
                          if (!(key8 === "from" || key8 === "fields")) {
                            const err68 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.survives, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          }
                        }
                        if (data39.from !== void 0) {
                          let data40 = data39.from;
                          if (typeof data40 !== "string") {
                            const err69 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives/from", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.flows.items.properties.steps.items.properties.survives.properties.from.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.survives.properties.from, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                        }
                        if (data39.fields !== void 0) {
                          let data41 = data39.fields;
                          if (Array.isArray(data41)) {
                            if (data41.length < 1) {
                              const err70 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives/fields", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/properties/fields/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.survives.properties.fields, data: data41 };
                              if (vErrors === null) {
                                vErrors = [err70];
                              } else {
                                vErrors.push(err70);
                              }
                              errors++;
                            }
                            const len5 = data41.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                              let data42 = data41[i5];
                              if (typeof data42 !== "string") {
                                const err71 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives/fields/" + i5, schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/properties/fields/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.flows.items.properties.steps.items.properties.survives.properties.fields.items.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.survives.properties.fields.items, data: data42 };
                                if (vErrors === null) {
                                  vErrors = [err71];
                                } else {
                                  vErrors.push(err71);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err72 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives/fields", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/properties/fields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.flows.items.properties.steps.items.properties.survives.properties.fields.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.survives.properties.fields, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.flows.items.properties.steps.items.properties.survives.type, parentSchema: schema6.properties.flows.items.properties.steps.items.properties.survives, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4, schemaPath: "#/properties/flows/items/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.flows.items.properties.steps.items.type, parentSchema: schema6.properties.flows.items.properties.steps.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/flows/" + i3 + "/steps", schemaPath: "#/properties/flows/items/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.flows.items.properties.steps.type, parentSchema: schema6.properties.flows.items.properties.steps, data: data28 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/flows/" + i3, schemaPath: "#/properties/flows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.flows.items.type, parentSchema: schema6.properties.flows.items, data: data26 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/flows", schemaPath: "#/properties/flows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.flows.type, parentSchema: schema6.properties.flows, data: data25 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data43 = data.command;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.run === void 0) {
          const err78 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema6.properties.command.required, parentSchema: schema6.properties.command, data: data43 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        if (data43.junit === void 0) {
          const err79 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "junit" }, message: "must have required property 'junit'", schema: schema6.properties.command.required, parentSchema: schema6.properties.command, data: data43 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        for (const key9 in data43) {
          if (!(key9 === "run" || key9 === "junit" || key9 === "cwd" || key9 === "timeout")) {
            const err80 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.command, data: data43 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data43.run !== void 0) {
          let data44 = data43.run;
          if (typeof data44 === "string") {
            if (func3(data44) < 1) {
              const err81 = { instancePath: instancePath + "/command/run", schemaPath: "#/properties/command/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.command.properties.run, data: data44 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/command/run", schemaPath: "#/properties/command/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.command.properties.run.type, parentSchema: schema6.properties.command.properties.run, data: data44 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data43.junit !== void 0) {
          let data45 = data43.junit;
          const _errs102 = errors;
          let valid22 = false;
          const _errs103 = errors;
          if (typeof data45 === "string") {
            if (func3(data45) < 1) {
              const err83 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.command.properties.junit.anyOf[0], data: data45 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.command.properties.junit.anyOf[0].type, parentSchema: schema6.properties.command.properties.junit.anyOf[0], data: data45 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          var _valid0 = _errs103 === errors;
          valid22 = valid22 || _valid0;
          if (!valid22) {
            const _errs105 = errors;
            if (Array.isArray(data45)) {
              if (data45.length < 1) {
                const err85 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.command.properties.junit.anyOf[1], data: data45 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              const len6 = data45.length;
              for (let i6 = 0; i6 < len6; i6++) {
                let data46 = data45[i6];
                if (typeof data46 === "string") {
                  if (func3(data46) < 1) {
                    const err86 = { instancePath: instancePath + "/command/junit/" + i6, schemaPath: "#/properties/command/properties/junit/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.command.properties.junit.anyOf[1].items, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                } else {
                  const err87 = { instancePath: instancePath + "/command/junit/" + i6, schemaPath: "#/properties/command/properties/junit/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.command.properties.junit.anyOf[1].items.type, parentSchema: schema6.properties.command.properties.junit.anyOf[1].items, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            } else {
              const err88 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.command.properties.junit.anyOf[1].type, parentSchema: schema6.properties.command.properties.junit.anyOf[1], data: data45 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            var _valid0 = _errs105 === errors;
            valid22 = valid22 || _valid0;
          }
          if (!valid22) {
            const err89 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema6.properties.command.properties.junit.anyOf, parentSchema: schema6.properties.command.properties.junit, data: data45 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          } else {
            errors = _errs102;
            if (vErrors !== null) {
              if (_errs102) {
                vErrors.length = _errs102;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data43.cwd !== void 0) {
          let data47 = data43.cwd;
          if (typeof data47 !== "string") {
            const err90 = { instancePath: instancePath + "/command/cwd", schemaPath: "#/properties/command/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.command.properties.cwd.type, parentSchema: schema6.properties.command.properties.cwd, data: data47 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data43.timeout !== void 0) {
          let data48 = data43.timeout;
          if (typeof data48 === "string") {
            if (!pattern2.test(data48)) {
              const err91 = { instancePath: instancePath + "/command/timeout", schemaPath: "#/properties/command/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.command.properties.timeout, data: data48 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = { instancePath: instancePath + "/command/timeout", schemaPath: "#/properties/command/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.command.properties.timeout.type, parentSchema: schema6.properties.command.properties.timeout, data: data48 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
      } else {
        const err93 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.command.type, parentSchema: schema6.properties.command, data: data43 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
  } else {
    const err94 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err94];
    } else {
      vErrors.push(err94);
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
//# sourceMappingURL=validator.generated-A5ZMOABG.js.map
