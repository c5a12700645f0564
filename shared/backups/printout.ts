/** The words of the recovery sheet, in Korean whatever the UI language (it is kept with the clinic's papers). */
export const RECOVERY_SHEET_WORDS = {
  title: '백업 복구 시트',
  scope: (id: string) => `시트 번호 ${id}`,
  id: '시트 번호',
  issuedAt: '발급 일시',
  folder: '백업 폴더',
  code: '복구 코드',
  noFolder: '(정하지 않음)',
  whatFor:
    '이 PC의 디스크가 고장 나 데이터베이스를 잃었을 때, 이 코드로 백업 폴더의 백업을 열어 복원합니다. 백업마다 옆에 같은 이름의 .key 파일이 있어야 합니다.',
  howTo: [
    '새 PC에 Retention Desk를 설치하고, 백업 폴더(USB 등)를 연결합니다.',
    '명령줄에서: npm run cli -- restore --db 데이터베이스파일 --from 백업파일(.rdbackup)',
    '환경 변수: RD_USER(보호책임자 아이디), RD_PASSWORD(비밀번호), RD_RECOVERY_CODE(아래 복구 코드)',
    '복원 전에 복호화·무결성 검사·관리대장 전체 검증을 하고, 통과한 경우에만 파일을 바꿉니다.',
  ],
  warning:
    '이 시트와 보관 중인 백업 파일(.rdbackup) 및 키 파일(.key)을 함께 가진 사람은 그 백업의 모든 내용(개인정보 포함)을 읽을 수 있습니다. 잠금 장치가 있는 곳에 보관하세요. 보관 기한(최대 5일)이 지난 백업은 프로그램이 키와 파일을 지우므로 이 시트로도 열 수 없습니다. 다만 누군가 그 전에 백업 파일과 키 파일을 복사해 두었다면, 이 시트로 그 사본을 읽을 수 있습니다.',
  renew:
    '시트를 잃어버렸거나 노출되었으면 [백업 설정]에서 새 복구 시트를 발급하세요: 보관 중인 백업의 키 파일이 새 코드로 다시 만들어지고, 이 시트로는 열 수 없게 됩니다. 이 시트는 파쇄하세요.',
  footer: '이 시트는 한 번만 표시됩니다. 복사하지 말고 한 부만 보관하세요.',
} as const;
