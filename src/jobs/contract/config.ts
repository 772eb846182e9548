import { existsSync } from 'node:fs';
import path from 'node:path';
import { duration, junitGlobs } from '../../manifest/schema-parts.js';
import { junitGlobs as junitFiles } from '../junit-files.js';
import type { JobPlanBase, PlanContext } from '../kind.js';
import { isRecord } from './pointer.js';

/** Check names, as the contract-testing world knows them (Schemathesis, Dredd, Prism). */
export const RESPONSE_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
] as const;
export const CHECKS = [...RESPONSE_CHECKS, 'negative_data_rejection', 'max_response_time', 'round_trip', 'external_command'] as const;
export type CheckName = (typeof CHECKS)[number];

export interface FlowStep {
  id: string;
  /** operationId or 'METHOD /path'; absent when `link` names the operation. */
  operation?: string;
  /** Name of an OpenAPI link on the response of step `from` (default: the previous step). */
  link?: string;
  from?: string;
  params: Record<string, unknown>;
  body?: { value: unknown };
  /** Expected status; default any 2xx. */
  status?: number;
  outputs: Record<string, string>;
  equals: Record<string, unknown>;
  survives?: { from: string; fields: string[] };
  pointer: string;
}

export interface FlowPlan {
  name: string;
  steps: FlowStep[];
  pointer: string;
}

export interface ContractCommandPlan {
  run: string;
  junit: string[];
  cwd: string;
  timeoutMs: number;
}

export interface ContractJobPlan extends JobPlanBase {
  kind: 'contract';
  /** Absolute path of the API description. */
  spec: string;
  /** Explicit base URL from the manifest; else the service's URL at run time. */
  baseUrl?: string;
  /** Whether non-safe methods (POST, PUT, PATCH, DELETE) are sent. */
  writes: boolean;
  /** Why writes are on or off, for the evidence. */
  writesReason: string;
  include: string[];
  exclude: string[];
  /** Scheme name → env var holding the secret. */
  auth: Record<string, string>;
  /** Checks switched off for every operation. */
  disabled: CheckName[];
  maxResponseTimeMs?: number;
  requestTimeoutMs: number;
  waivers: Array<{ operation: string; check: CheckName | '*'; reason: string }>;
  flows: FlowPlan[];
  command?: ContractCommandPlan;
  /** Manifest file and pointer, for messages. */
  manifestFile: string;
}

const checkFlag = (what: string): Record<string, unknown> => ({ type: 'boolean', description: `${what} Default: on.` });

/** JSON Schema of `integrations[].contract`. */
export const contractSchema: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  required: ['openapi'],
  description:
    'Contract checks: every documented operation of an OpenAPI description (3.0, 3.1 or Swagger 2.0) is called on the live service and its answers checked against the description; declared flows check data round trips; an optional external contract command (e.g. Pact provider verification) is counted in the same results.',
  properties: {
    openapi: { type: 'string', minLength: 1, description: 'Path of the OpenAPI / Swagger description (YAML or JSON), relative to the workspace. $refs to other files are resolved.' },
    baseUrl: {
      type: 'string',
      pattern: '^https?://',
      description: "Base URL the operations' paths are appended to, including any path prefix (e.g. https://api.example.com/v1). Default: the URL of the integration's service.",
    },
    include: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        "Operations to exercise (default: all). Each entry is an operationId ('createPayment'), a tag ('tag:payments') or a method and path pattern ('GET /payments*', '* /payments/{paymentId}'); * matches any characters.",
    },
    exclude: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Operations not to exercise, same patterns as include. Excluded operations still count as documented, so they lower contract.coverage.',
    },
    allowWrites: {
      type: 'boolean',
      description:
        'Send non-safe methods (POST, PUT, PATCH, DELETE). Default: true against a service the manifest starts, false against any other URL (then only GET, HEAD, OPTIONS are sent).',
    },
    auth: {
      type: 'object',
      description: "Credentials for the description's security schemes, by scheme name. Secrets come from environment variables and are redacted from logs and evidence.",
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['fromEnv'],
        description: 'apiKey: the key; http bearer / oauth2 / openIdConnect: the token; http basic: user:password.',
        properties: { fromEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Environment variable holding the secret.' } },
      },
    },
    checks: {
      type: 'object',
      additionalProperties: false,
      description: 'Switch checks off for every operation (prefer per-operation waivers), and set the optional response-time limit.',
      properties: {
        not_a_server_error: checkFlag('No response may be a 5xx.'),
        status_code_conformance: checkFlag("The status is documented for the operation (exactly, as a range such as 2XX, or by 'default')."),
        content_type_conformance: checkFlag('The Content-Type is one documented for that status.'),
        response_schema_conformance: checkFlag('The JSON body validates against the documented schema (formats checked; nullable for 3.0; JSON Schema 2020-12 for 3.1).'),
        response_headers_conformance: checkFlag('Required documented headers are present and documented headers match their schema.'),
        negative_data_rejection: checkFlag('Requests that violate the request schema get a 4xx, not a 2xx or 5xx.'),
        round_trip: checkFlag('Declared flows keep the data they should.'),
        max_response_time: duration('Every response must arrive within this time (off unless set).'),
        request_timeout: duration('Time limit of each request (default 10s).'),
      },
    },
    waivers: {
      type: 'array',
      description: 'Checks switched off for one operation, with the reason; recorded as waivers in the evidence (and the would-be verdict kept).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['operation', 'check', 'reason'],
        description: 'One waiver.',
        properties: {
          operation: { type: 'string', minLength: 1, description: "operationId or 'METHOD /path' pattern the waiver applies to; '*' for all." },
          check: { type: 'string', enum: [...CHECKS, '*'], description: "The check waived, or '*' for all checks of the operation." },
          reason: { type: 'string', minLength: 3, description: 'Why the check is waived (shown to reviewers and auditors).' },
        },
      },
    },
    flows: {
      type: 'array',
      description: 'Round trips (create → read → compare → delete): steps call operations, capture values from responses, and compare fields that must survive.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'steps'],
        description: 'One flow.',
        properties: {
          name: { type: 'string', minLength: 1, description: 'Name of the flow in reports.' },
          steps: {
            type: 'array',
            minItems: 1,
            description: 'The requests of the flow, in order.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id'],
              description: "One request: the operation (or an OpenAPI link to follow), its parameters and body, the expected status, the values to capture and the equalities to check.",
              properties: {
                id: { type: 'string', pattern: '^[A-Za-z0-9_-]+$', description: 'Step id, used by later steps as $steps.<id>.…' },
                operation: { type: 'string', minLength: 1, description: "operationId or 'METHOD /path' of the operation the step calls." },
                link: { type: 'string', minLength: 1, description: 'Name of an OpenAPI link on the response of step `from`: the step calls its target operation with the parameters the link declares.' },
                from: { type: 'string', description: 'Step whose response `link` is read from (default: the previous step).' },
                params: {
                  type: 'object',
                  description: 'Parameter values by name (path, query, header, cookie). Strings may be runtime expressions: $steps.<id>.outputs.<name>, $steps.<id>.response.body#/pointer, $steps.<id>.request.body#/pointer, $steps.<id>.response.header.<name>.',
                },
                body: { description: 'Request body (default: the example or a generated one). String leaves may be runtime expressions.' },
                status: { type: 'integer', minimum: 100, maximum: 599, description: 'Expected status (default: any 2xx).' },
                outputs: {
                  type: 'object',
                  additionalProperties: { type: 'string' },
                  description: 'Values captured from this step: name → $response.body#/pointer, $response.header.<name>, $request.body#/pointer, $statusCode.',
                },
                equals: {
                  type: 'object',
                  description: 'Equality checks: runtime expression → expected value or another expression, e.g. "$response.body#/amount": "$steps.create.request.body#/amount".',
                },
                survives: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['from', 'fields'],
                  description: "Shorthand: each field of step `from`'s request body must come back unchanged in this step's response body.",
                  properties: {
                    from: { type: 'string', description: 'Step id whose request body holds the expected values.' },
                    fields: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Field names or JSON pointers (/amount, /customer/name).' },
                  },
                },
              },
            },
          },
        },
      },
    },
    command: {
      type: 'object',
      additionalProperties: false,
      required: ['run', 'junit'],
      description: 'An external contract tool (Pact provider verification, Dredd, Schemathesis…) that writes JUnit; each test case counts as a contract check. It gets INTEGRATION_GATE_BASE_URL in its environment.',
      properties: {
        run: { type: 'string', minLength: 1, description: 'Shell command.' },
        junit: junitGlobs('Glob(s) of the JUnit files it writes.'),
        cwd: { type: 'string', description: 'Working folder, relative to the workspace (default: the workspace).' },
        timeout: duration('Time limit; on expiry the whole process tree is killed (default 10m).'),
      },
    },
  },
};

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/**
 * Turns the validated value into the job plan. The description itself is read at run time (parsing is
 * asynchronous); here only its existence is checked, so a typo in the path is a manifest error at its line.
 */
export function toPlan(raw: unknown, pointer: string, ctx: PlanContext): ContractJobPlan {
  const c = raw as Record<string, unknown>;
  const spec = ctx.resolvePath(`${pointer}/openapi`, String(c.openapi));
  if (!existsSync(spec)) ctx.fail(`${pointer}/openapi`, `API description '${String(c.openapi)}' not found (resolved to ${spec})`);
  const baseUrl = typeof c.baseUrl === 'string' ? c.baseUrl : undefined;
  if (!baseUrl && !ctx.service?.url) {
    ctx.fail(pointer, `no base URL: set 'baseUrl', or give the integration a service with a url`);
  }
  const managed = ctx.service?.managed === true && !baseUrl;
  const writes = typeof c.allowWrites === 'boolean' ? c.allowWrites : managed;
  const writesReason =
    typeof c.allowWrites === 'boolean'
      ? `allowWrites: ${String(c.allowWrites)} in the manifest`
      : managed
        ? `service '${ctx.service?.name ?? ''}' is started by the manifest`
        : 'external URL: only safe methods (set allowWrites: true to send writes)';

  const auth: Record<string, string> = {};
  if (isRecord(c.auth)) for (const [k, v] of Object.entries(c.auth)) if (isRecord(v)) auth[k] = String(v.fromEnv);

  const checks = isRecord(c.checks) ? c.checks : {};
  const disabled = Object.entries(checks)
    .filter(([k, v]) => v === false && k !== 'max_response_time' && k !== 'request_timeout')
    .map(([k]) => k as CheckName);
  const maxResponseTimeMs = checks.max_response_time !== undefined ? ctx.duration(`${pointer}/checks/max_response_time`, checks.max_response_time) : undefined;
  const requestTimeoutMs = checks.request_timeout !== undefined ? ctx.duration(`${pointer}/checks/request_timeout`, checks.request_timeout) : 10_000;

  const waivers = (Array.isArray(c.waivers) ? c.waivers : []).filter(isRecord).map((w) => ({
    operation: String(w.operation),
    check: String(w.check) as CheckName | '*',
    reason: String(w.reason),
  }));

  const flows: FlowPlan[] = (Array.isArray(c.flows) ? c.flows : []).filter(isRecord).map((f, fi) => {
    const fp = `${pointer}/flows/${fi}`;
    const seen = new Set<string>();
    const steps = (Array.isArray(f.steps) ? f.steps : []).filter(isRecord).map((s, si): FlowStep => {
      const sp = `${fp}/steps/${si}`;
      const id = String(s.id);
      if (seen.has(id)) ctx.fail(`${sp}/id`, `step id '${id}' is used twice in flow '${String(f.name)}'`);
      if (s.operation === undefined && s.link === undefined) ctx.fail(sp, `a step needs 'operation' or 'link'`);
      if (s.link !== undefined && si === 0 && s.from === undefined) ctx.fail(`${sp}/link`, `the first step cannot follow a link: there is no previous response`);
      for (const ref of [s.from, isRecord(s.survives) ? s.survives.from : undefined]) {
        if (typeof ref === 'string' && !seen.has(ref)) ctx.fail(sp, `step '${ref}' is not an earlier step of this flow`);
      }
      seen.add(id);
      return {
        id,
        pointer: sp,
        params: isRecord(s.params) ? s.params : {},
        outputs: isRecord(s.outputs) ? Object.fromEntries(Object.entries(s.outputs).map(([k, v]) => [k, String(v)])) : {},
        equals: isRecord(s.equals) ? s.equals : {},
        ...(typeof s.operation === 'string' ? { operation: s.operation } : {}),
        ...(typeof s.link === 'string' ? { link: s.link } : {}),
        ...(typeof s.from === 'string' ? { from: s.from } : {}),
        ...('body' in s ? { body: { value: s.body } } : {}),
        ...(typeof s.status === 'number' ? { status: s.status } : {}),
        ...(isRecord(s.survives) ? { survives: { from: String(s.survives.from), fields: strings(s.survives.fields) } } : {}),
      };
    });
    return { name: String(f.name), steps, pointer: fp };
  });

  let command: ContractCommandPlan | undefined;
  if (isRecord(c.command)) {
    const cp = `${pointer}/command`;
    const junit = junitFiles(c.command.junit, `${cp}/junit`, ctx.fail);
    command = {
      run: String(c.command.run),
      junit,
      cwd: ctx.resolvePath(`${cp}/cwd`, typeof c.command.cwd === 'string' ? c.command.cwd : '.'),
      timeoutMs: c.command.timeout === undefined ? 600_000 : ctx.duration(`${cp}/timeout`, c.command.timeout),
    };
  }

  const rel = path.relative(ctx.workspace, spec).split(path.sep).join('/');
  return {
    kind: 'contract',
    jobId: `${ctx.integration}/contract`,
    integration: ctx.integration,
    evidenceDir: 'contract',
    title: `OpenAPI ${rel}${baseUrl ? ` against ${baseUrl}` : ctx.service ? ` against service ${ctx.service.name}` : ''}`,
    spec,
    ...(baseUrl ? { baseUrl } : {}),
    writes,
    writesReason,
    include: strings(c.include),
    exclude: strings(c.exclude),
    auth,
    disabled,
    ...(maxResponseTimeMs !== undefined ? { maxResponseTimeMs } : {}),
    requestTimeoutMs,
    waivers,
    flows,
    ...(command ? { command } : {}),
    manifestFile: ctx.file,
  };
}
