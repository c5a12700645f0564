// Entry of `npm run cli -- <command>`. It checks the Node version before anything loads
// better-sqlite3: its Node-API 10 binary crashes on Node 20 instead of failing cleanly.
import process from 'node:process';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 14)) {
  process.stderr.write(
    `Retention Desk의 명령줄 도구에는 Node 22.14 이상이 필요합니다(현재 ${process.versions.node}). ` +
      '`npm run cli -- …`로 실행하면 프로젝트에 포함된 Node 24가 사용됩니다.\n',
  );
  process.exit(2);
}

const { runCli } = await import('./run.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
