// One crash trial's victim (tests/crash/run.ts kills it with SIGKILL at a seeded moment): the app's
// own code approving the waiting destruction (a signed ledger entry, its seal and the checkpoint
// file), an hourly seal, and an auditor's export written beside the database. It prints `ready`
// once it has signed in, so the killer can aim at the writing, not at Node starting up.
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../../electron/accounts/fixtures.ts';
import { createAppContext } from '../../electron/context.ts';
import { writeFileAtomically } from '../../electron/files.ts';
import { invoke } from '../../electron/invoke.ts';
import { sealUnsealedTail } from '../../electron/ledger/seals.ts';
import { newSession } from '../../electron/session.ts';
import { TEST_PASSWORD_COST } from '../support/tempdb.ts';

const [databasePath = '', outDir = ''] = process.argv.slice(2);
const director = DEMO_ACCOUNTS.find((account) => account.login === 'director');
if (!director) throw new Error('no demo director');

const app = createAppContext({ databasePath, passwordCost: TEST_PASSWORD_COST });
const session = newSession('crash');
await invoke(app, session, 'auth.signIn', { login: director.login, password: director.password });
// The one signed by its performer (a processor's destruction waiting for its 파기 확인서 is open too).
const waiting = (await invoke(app, session, 'disposal.list', { status: 'open' })).find((request) => request.status === 'performed');
if (!waiting) throw new Error('the demo has no request waiting for approval');
process.stdout.write('ready\n');

await invoke(app, session, 'disposal.approve', { requestId: waiting.id, password: director.password });
process.stdout.write('approved\n');
await sealUnsealedTail(app, 'scheduled');
process.stdout.write('sealed\n');
const { fileName, json } = await invoke(app, session, 'ledger.exportBundle', { password: director.password });
writeFileAtomically(join(outDir, fileName), json, { exclusive: true });
process.stdout.write('exported\n');
await app.close();
process.stdout.write('done\n');
