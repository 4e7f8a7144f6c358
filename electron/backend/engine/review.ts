// The contract's review methods: the reviewer, tags and their groups, coding (at once, or as a bulk
// job), undo and redo, notes, decisions on findings, review progress and the audit log. Every write
// names its reviewer (the one given, else this machine's), waits while a job holds the writer, and
// waits out another process writing the same case (review/busy.ts).
import type { EngineApi } from '../../../shared/api';
import type { ReviewJob, TagResult } from '../../../shared/review';
import type { CaseFile } from '../case/open';
import type { JobRunner } from '../jobs/runner';
import { auditOverview, auditPage, auditTrail } from '../review/audit-trail';
import { writeWhenFree } from '../review/busy';
import { bulkCodingJob, selectedMessages } from '../review/bulk';
import { beginAction, codeConversation, codeDay, codeMessages, finishAction, listActions, stepHistory } from '../review/coding';
import { conversationProgress, nextUnreviewedDay, reviewProgress, setDayStatus } from '../review/day-progress';
import { reviewFinding } from '../review/finding-reviews';
import { addNote, editNote, listNotes, removeNote } from '../review/notes';
import { currentReviewer, decidingReviewer, listReviewers, rememberReviewer } from '../review/reviewer';
import { requireConversation } from '../case/queries';
import { daySpan, requireMessages, tagsOfMessages, targetTags } from '../review/scopes';
import { createTagGroup, listTagGroups } from '../review/tag-groups';
import { createTag, liveTag, removeTag, tagSummaries, updateTag } from '../review/tags';
import { CancelledError } from '../importers/types';
import { SearchCore } from '../search/core';

type ReviewMethods = Pick<
  EngineApi,
  | 'reviewer' | 'setReviewer' | 'listTags' | 'createTag' | 'updateTag' | 'removeTag' | 'createTagGroup' | 'applyTag' | 'bulkTag' | 'reviewJob'
  | 'undoReview' | 'redoReview' | 'listReviewActions' | 'messageTags' | 'targetTags' | 'listNotes' | 'addNote' | 'editNote' | 'removeNote'
  | 'reviewFinding' | 'conversationProgress' | 'setDayStatus' | 'reviewProgress' | 'nextUnreviewedDay' | 'auditLog' | 'auditOverview' | 'auditPage'
>;

/** Bulk jobs whose outcome is kept for reviewJob; the oldest are forgotten beyond this. */
const KEPT_JOBS = 100;

export function reviewMethods(cf: CaseFile, jobs: JobRunner): ReviewMethods {
  const db = cf.writer;
  const read = cf.reader;
  const core = new SearchCore(read);
  const bulkJobs = new Map<string, ReviewJob>();
  /** One write: after any job holding the writer, as one immediate transaction, by the reviewer given or this machine's. */
  const decide = <T>(given: string | undefined, work: (reviewer: string) => T) => jobs.write(() => writeWhenFree(db, () => work(decidingReviewer(db, given))));
  const keep = (job: ReviewJob) => {
    bulkJobs.set(job.jobId, job);
    if (bulkJobs.size > KEPT_JOBS) bulkJobs.delete(bulkJobs.keys().next().value!);
  };
  return {
    reviewer: async () => ({ current: currentReviewer(read), reviewers: listReviewers(read) }),
    setReviewer: ({ name }) => jobs.write(() => writeWhenFree(db, () => ({ current: rememberReviewer(db, name.trim()) }))),
    listTags: async ({ removed }) => ({ tags: tagSummaries(read, { removed }), groups: listTagGroups(read) }),
    createTag: ({ reviewer, ...fields }) => decide(reviewer, (r) => createTag(db, fields, r)),
    updateTag: ({ tagId, reviewer, reason, ...fields }) => decide(reviewer, (r) => updateTag(db, tagId, fields, r, reason)),
    removeTag: ({ tagId, reviewer, reason }) => decide(reviewer, (r) => removeTag(db, tagId, r, reason)),
    createTagGroup: ({ reviewer, ...group }) => decide(reviewer, (r) => createTagGroup(db, group, r)),
    applyTag: ({ tag: ref, target, remove = false, reviewer, reason }) =>
      decide(reviewer, (r): TagResult => {
        const tag = liveTag(db, ref);
        const verb = remove ? 'removed from' : 'applied to';
        switch (target.scope) {
          case 'message': {
            const ids = [...new Set(target.messageIds)].sort((a, b) => a - b);
            requireMessages(db, ids);
            const action = beginAction(db, 'message', r, `${tag.name} ${verb} ${ids.length} message${ids.length === 1 ? '' : 's'}`);
            codeMessages(db, action, tag, ids, remove);
            return finishAction(db, action, tag, 'message', remove, { messageIds: ids }, reason);
          }
          case 'day': {
            const span = daySpan(db, target.conversationId, target.day);
            const action = beginAction(db, 'day', r, `${tag.name} ${verb} ${target.day} of conversation ${target.conversationId}`);
            codeDay(db, action, tag, span, remove);
            return finishAction(db, action, tag, 'day', remove, { conversationId: span.conversationId, day: span.day, timeZone: span.timeZone }, reason);
          }
          case 'conversation': {
            requireConversation(db, target.conversationId);
            const action = beginAction(db, 'conversation', r, `${tag.name} ${verb} conversation ${target.conversationId}`);
            codeConversation(db, action, tag, target.conversationId, remove);
            return finishAction(db, action, tag, 'conversation', remove, { conversationId: target.conversationId }, reason);
          }
        }
      }),
    async bulkTag({ tag: ref, selection, remove = false, reviewer: given, reason }) {
      // Checked now, so a wrong tag, reviewer or query is an answer rather than a failed job.
      const { tag, reviewer } = await jobs.write(() => writeWhenFree(db, () => ({ tag: liveTag(db, ref), reviewer: decidingReviewer(db, given) })));
      const messageIds = selection.kind === 'conversationDays' ? (requireConversation(read, selection.conversationId), null) : await selectedMessages(db, core, selection);
      const { jobId, done } = jobs.run(bulkCodingJob(db, { tag, selection, remove, reviewer, reason, messageIds }, (result) => keep({ jobId, state: 'done', error: null, result })));
      keep({ jobId, state: 'running', error: null, result: null });
      done.catch((e: Error) => keep({ jobId, state: e instanceof CancelledError ? 'cancelled' : 'failed', error: e.message, result: null }));
      return { jobId };
    },
    reviewJob: async ({ jobId }) => bulkJobs.get(jobId) ?? { jobId, state: 'failed', error: `There is no coding job ${jobId} in this session.`, result: null },
    undoReview: ({ reviewer }) => decide(reviewer, (r) => ({ action: stepHistory(db, 'undo', r) })),
    redoReview: ({ reviewer }) => decide(reviewer, (r) => ({ action: stepHistory(db, 'redo', r) })),
    listReviewActions: async ({ limit }) => listActions(read, limit ?? 100),
    messageTags: async ({ messageIds }) => tagsOfMessages(read, messageIds),
    targetTags: async ({ conversationId, day }) => targetTags(read, conversationId, day),
    listNotes: async ({ target, removed }) => listNotes(read, target, { removed }),
    addNote: ({ target, text, reviewer }) => decide(reviewer, (r) => addNote(db, target, text, r)),
    editNote: ({ noteId, text, reviewer }) => decide(reviewer, (r) => editNote(db, noteId, text, r)),
    removeNote: ({ noteId, reviewer }) => decide(reviewer, (r) => removeNote(db, noteId, r)),
    reviewFinding: ({ findingId, decision, note, reviewer }) =>
      decide(reviewer, (r) => {
        const review = reviewFinding(db, findingId, decision, note, r);
        // A decision's note is also a note on the finding: kept with its author and time, and found by note:.
        if (review.note !== null) addNote(db, { scope: 'finding', findingId }, review.note, r);
        return review;
      }),
    conversationProgress: async ({ conversationId }) => conversationProgress(read, conversationId),
    setDayStatus: ({ conversationId, day, status, reviewer }) => decide(reviewer, (r) => setDayStatus(db, conversationId, day, status, r)),
    reviewProgress: async () => reviewProgress(read),
    nextUnreviewedDay: async (a) => ({ next: nextUnreviewedDay(read, a) }),
    auditLog: async (filter) => auditTrail(read, filter),
    auditOverview: async () => auditOverview(read),
    auditPage: async (a) => auditPage(read, a),
  };
}
