// Every command reaches the case through the engine, and closes it on every path out.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiEvent } from '../../shared/api';
import type { ConversationSummary } from '../../shared/model';
import { createEngine, type Engine } from '../backend/api';
import { UsageError } from './errors';

/** Opens an existing case (only import and serve create one), runs `use`, and closes the engine. */
export async function withCase<T>(casePath: string, use: (engine: Engine) => Promise<T>, onEvent?: (e: ApiEvent) => void): Promise<T> {
  if (!existsSync(casePath)) throw new UsageError(`${resolve(casePath)} does not exist; create a case with 'threadline import <path> --case ${casePath}'.`);
  const engine = createEngine(casePath, { create: false, onEvent });
  try {
    return await use(engine);
  } finally {
    await engine.close();
  }
}

/** The conversation, or a sentence saying where the ids are listed. */
export async function requireConversation(engine: Engine, casePath: string, conversationId: number): Promise<ConversationSummary> {
  const conversation = (await engine.api.listConversations({})).find((c) => c.id === conversationId);
  if (!conversation) throw new UsageError(`There is no conversation ${conversationId} in ${casePath}; 'threadline info --case ${casePath}' lists them.`);
  return conversation;
}
