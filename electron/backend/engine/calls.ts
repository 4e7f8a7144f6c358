// How callers reach the engine's methods. In this process (the CLI, the tests) each method validates
// its argument once, as a door does, before the engine's own method runs on the typed value; a host
// (the engine worker) answers by name with the engine's own methods, its door having validated.
import { API_METHODS, ApiError, DOOR_METHODS, type ApiResult, type EngineApi } from '../../../shared/api';
import { validateArg } from '../../../shared/validate';
import { BadInputError } from '../importers/types';
import type { DoorEngineApi } from './doors';

const ENGINE_METHODS = API_METHODS.filter((m): m is keyof EngineApi => !(DOOR_METHODS as readonly string[]).includes(m));

export function validating(api: EngineApi): EngineApi {
  const table: Partial<Record<keyof EngineApi, unknown>> = {};
  for (const method of ENGINE_METHODS) {
    const run = api[method] as (arg: unknown) => Promise<unknown>;
    table[method] = async (arg: unknown) => run(validateArg(method, arg));
  }
  // Assembled in a loop over the method list, which TypeScript cannot follow through the mapped type.
  return table as EngineApi;
}

/**
 * Answers a door's call by the method's name (the engine worker, an in-process host): the engine's
 * own method, taking the argument the door validated; errors travel as data.
 */
export async function answerCall(methods: { checked: EngineApi; door: DoorEngineApi }, name: string, arg: unknown): Promise<ApiResult<unknown>> {
  try {
    const method = methodNamed(methods.checked, name) ?? methodNamed(methods.door, name);
    if (!method) throw new ApiError('not_found', `There is no engine method '${name}'.`);
    return { ok: true, value: await method(arg) };
  } catch (e) {
    const err = toApiError(e);
    return { ok: false, error: { code: err.code, message: err.message } };
  }
}

function methodNamed(methods: object, name: string): ((arg: unknown) => Promise<unknown>) | undefined {
  const fn: unknown = Object.hasOwn(methods, name) ? (methods as Record<string, unknown>)[name] : undefined;
  return typeof fn === 'function' ? (fn as (arg: unknown) => Promise<unknown>) : undefined;
}

/** Maps any thrown error to the contract's error shape: bad input and validation are the caller's, the rest is ours. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof BadInputError) return new ApiError('bad_input', e.message);
  return new ApiError('internal', (e as Error)?.message ?? String(e));
}
