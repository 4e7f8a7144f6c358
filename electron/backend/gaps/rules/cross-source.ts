// R6: messages present in one custodian's copy of a conversation and absent from another's.
import { cannot, type GapRule } from '../types';

export const crossSource: GapRule = {
  id: 'R6',
  title: 'Messages present in one source of a conversation and absent from another',
  run() {
    return cannot('no second source of this conversation is aligned with it (this version does not align conversations across sources yet)');
  },
};
