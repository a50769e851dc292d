// The reach benchmark (scripts/bench-reach.sh): a student's phone on a poor connection opening the
// game link, RUNS times, each on a new game whose host starts the moment the student joins.
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi } from './api';
import { BASE_URL, launchBrowser } from './browser';
import { WEAK_PHONE, autoStartingHost, createGame, fourChoiceSet, playerRun, type ReachRun } from './reach';

const runs = Math.max(1, Number(process.env.RUNS) || 5);

async function main() {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  const email = `do-tam-voi-${RUN}@luatvui.test`;
  await call(admin, 'POST', '/api/users', { email, displayName: 'Máy đo', password: PASSWORD, roles: ['HOST'] });
  const host = await signInApi(email, PASSWORD);
  const setId = await fourChoiceSet(host, `Đo tầm với ${RUN}`);
  const browser = await launchBrowser();
  const results: ReachRun[] = [];
  console.log(`Server ${BASE_URL}; phone 360×640, ${WEAK_PHONE.downloadKbit}/${WEAK_PHONE.uploadKbit} kbit/s, ` +
    `${WEAK_PHONE.latencyMillis} ms latency, CPU ÷${WEAK_PHONE.cpuSlowdown}; lead-in 0 s, host starts on the first join.`);
  console.log('run  bytes  requests  form-paint  nickname-asked  answers-visible');
  try {
    for (let i = 1; i <= runs; i++) {
      const game = await createGame(host, setId);
      const hostScreen = await autoStartingHost(browser, host, game.gameId);
      try {
        const r = await playerRun(browser, game.pin, `Học sinh ${i}`);
        results.push(r);
        console.log(
          `${String(i).padStart(3)}  ${String(r.load.bytes).padStart(5)}  ${String(r.load.requests.length).padStart(8)}  ` +
            `${ms(r.formPaintMillis).padStart(10)}  ${ms(r.nicknameReadyMillis).padStart(14)}  ${ms(r.answersMillis).padStart(15)}`,
        );
      } finally {
        await hostScreen.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log('\nRequests of run 1:');
  for (const r of results[0].load.requests) console.log(`  ${String(r.bytes).padStart(6)} B  ${new URL(r.url).pathname}`);
  console.log('\n                  min     median  max');
  summary('bytes', results.map((r) => r.load.bytes), String);
  summary('requests', results.map((r) => r.load.requests.length), String);
  summary('form paint', results.map((r) => r.formPaintMillis), ms);
  summary('nickname asked', results.map((r) => r.nicknameReadyMillis), ms);
  summary('answers visible', results.map((r) => r.answersMillis), ms);
}

function ms(value: number): string {
  return `${(value / 1000).toFixed(2)} s`;
}

function summary(name: string, values: number[], show: (v: number) => string) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  console.log(`${name.padEnd(16)}  ${show(sorted[0]).padEnd(7)} ${show(median).padEnd(7)} ${show(sorted[sorted.length - 1])}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
