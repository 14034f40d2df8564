// Expression evaluation for the job-graph simulator, with GitHub's own evaluator
// (`@actions/expressions`): contexts are plain JSON, status functions (`success()`, `failure()`,
// `cancelled()`, `always()`) are supplied by the caller because their meaning depends on where they
// are evaluated (job-level or step-level:
// https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions).
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What the status functions answer where an expression is evaluated. */
export interface StatusFunctions {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export interface Scope {
  /** Context name (`github`, `inputs`, `needs`, `steps` …) → value. */
  readonly contexts: Record<string, Json>;
  readonly status: StatusFunctions;
}

const CONTEXT_NAMES = [
  'github',
  'inputs',
  'vars',
  'secrets',
  'needs',
  'jobs',
  'steps',
  'env',
  'job',
  'runner',
  'strategy',
  'matrix',
];

function statusFunctions(status: StatusFunctions): Map<string, FunctionDefinition> {
  const define = (name: string, answer: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answer()) },
  ];
  return new Map([
    define('success', () => status.success()),
    define('failure', () => status.failure()),
    define('cancelled', () => status.cancelled()),
    define('always', () => true),
  ]);
}

function evaluateData(expression: string, scope: Scope): data.ExpressionData {
  const functions = statusFunctions(scope.status);
  const lexed = new Lexer(expression).lex();
  const tree = new Parser(lexed.tokens, CONTEXT_NAMES, [...functions.values()]).parse();
  const context = JSON.parse(JSON.stringify(scope.contexts), data.reviver) as data.Dictionary;
  return new Evaluator(tree, context, functions).evaluate();
}

/** Evaluates an expression (without `${{ }}`) to JSON. Throws the evaluator's errors. */
export function evaluateExpression(expression: string, scope: Scope): Json {
  const result = evaluateData(expression, scope);
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as Json;
}

/** Evaluates an `if:` condition (without `${{ }}`) to its truthiness. */
export function evaluateCondition(expression: string, scope: Scope): boolean {
  return truthy(evaluateData(expression, scope));
}

/** Evaluates a template token (literal, `${{ }}` expression, mapping or sequence) to JSON. */
export function evaluateToken(token: TemplateToken | undefined, scope: Scope): Json {
  if (token === undefined) return null;
  if (isBasicExpression(token)) return evaluateExpression(token.expression, scope);
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) return [...token].map((item) => evaluateToken(item, scope));
  if (isMapping(token)) {
    const result: Record<string, Json> = {};
    for (const pair of token)
      result[String(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope);
    return result;
  }
  return null;
}

/** The string GitHub makes of a value for an input, env variable or output. */
export function asText(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
