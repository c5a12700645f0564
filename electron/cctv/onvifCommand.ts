import { CliError, EXIT, printJson } from '../cli/io.ts';
import { requireOption } from '../cli/database.ts';
import type { Command } from '../cli/command.ts';
import { readRecordingSummary, type OnvifFailure } from './onvif.ts';

const REASONS: Record<OnvifFailure, string> = {
  address: '병원 내부망(사설·루프백) 주소가 아닙니다',
  fault: '녹화기가 SOAP 오류(fault)로 답했습니다',
  refused: '녹화기가 아이디·비밀번호를 거부했습니다',
  timeout: '제한 시간 안에 답이 없습니다',
  unreachable: '녹화기에 연결할 수 없습니다',
  unexpected: '예상하지 못한 답입니다',
};

/** For IT staff and scripts: ask a recorder over ONVIF what footage it holds; the password comes from RD_ONVIF_PASSWORD, never argv. */
export const onvifProbe: Command = {
  name: 'onvif-probe',
  summary: 'ONVIF 녹화기(Profile G)에 가장 오래된 보관 영상(DataFrom)과 녹화 수를 묻습니다. 비밀번호는 RD_ONVIF_PASSWORD로 줍니다.',
  usage: 'onvif-probe --url http://HOST:PORT/onvif/device_service --user USER [--timeout-ms 5000]',
  options: { url: { type: 'string' }, user: { type: 'string' }, 'timeout-ms': { type: 'string' } },
  run: async (options, io) => {
    const url = requireOption(options, 'url');
    const user = requireOption(options, 'user');
    const password = io.env['RD_ONVIF_PASSWORD'];
    if (password === undefined)
      throw new CliError('RD_ONVIF_PASSWORD 환경 변수로 녹화기 비밀번호를 주세요(명령줄에는 비밀번호를 쓰지 않습니다).');
    const timeout = Number(options['timeout-ms'] ?? 5000);
    if (!Number.isInteger(timeout) || timeout < 100 || timeout > 60_000)
      throw new CliError('--timeout-ms는 100에서 60000 사이의 정수로 주세요.');
    const result = await readRecordingSummary({ url, user, password, timeoutMs: timeout });
    if (!result.ok) {
      io.stderr(`${REASONS[result.reason]} (${result.reason}: ${result.detail})\n`);
      return EXIT.verificationFailed;
    }
    const { searchXAddr, dataFrom, dataUntil, numberRecordings } = result.summary;
    printJson(io, { searchXAddr, dataFrom, dataUntil, numberRecordings });
    return EXIT.done;
  },
};
