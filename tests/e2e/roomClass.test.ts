// Room mode with a whole class, in real Chromium against the real room server (tools/serve.ts,
// serving the built game and the rooms on one port): one projector and five phones join by
// the code, vote and see the tally; a phone goes offline and comes back to its seat; the
// server process is stopped and started again and the room carries on at the same choice.
// Screens are photographed at 1920x1080 (projector), 390x844 and 360x640 (phones) and the
// sizes a class needs are measured: story text >= 28 px on the projector, vote buttons >= 48 px
// and no sideways scrolling on a phone.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../../tools/chromium';
import { seriousViolations } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-results/e2e/room-class');
/** The network errors a phone offline or a server restarting cause on purpose. */
const EXPECTED_NOISE =
  /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_NETWORK_CHANGED|WebSocket connection to .* failed|Failed to fetch|Failed to load resource/;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

let port = 0;
let dataFolder = '';
let server: ChildProcess | null = null;

/** Starts the room server and resolves when it prints its ready line. */
function startServer(): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--experimental-websocket', '--import', 'tsx', 'tools/serve.ts'],
    {
      cwd: root,
      env: { ...process.env, PORT: String(port), DIST: inject('gameDist'), ROOMS_DATA: dataFolder },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server = child;
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`server not ready in 120 s:\n${output}`)),
      120_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /rooms: ready on .*/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

let browser: Browser;
const problems: string[] = [];
/** Every script a phone fetched: a phone needs no story engine (inkjs) and no Phaser. */
const phoneScripts: string[] = [];

async function device(name: string, viewport: { width: number; height: number }) {
  const context: BrowserContext = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (!EXPECTED_NOISE.test(message.text())) problems.push(`${name}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${name}: page error ${error.message}`));
  if (name.includes('phone')) {
    page.on('request', (request) => {
      if (request.resourceType() === 'script') phoneScripts.push(request.url());
    });
  }
  return { name, context, page };
}

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  mkdirSync(shots, { recursive: true });
  port = await freePort();
  dataFolder = mkdtempSync(path.join(tmpdir(), 'biocalypse-rooms-'));
  await startServer();
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await stopServer();
  if (dataFolder) rmSync(dataFolder, { recursive: true, force: true });
});

/** The texts of the projector's tally rows, with their counts: what the class sees. */
async function tallyOf(projector: Page): Promise<string[]> {
  return projector
    .getByRole('list', { name: 'Choices and votes' })
    .getByRole('listitem')
    .allTextContents();
}

describe('a class in room mode', () => {
  it('joins by the code, votes, keeps a seat offline and carries on after a server restart', async () => {
    const base = `http://127.0.0.1:${port}/room.html`;
    // ---- The facilitator opens a room on the projector ----
    const projector = await device('projector', { width: 1920, height: 1080 });
    const screen = projector.page;
    await screen.goto(`${base}?host`);
    await screen.getByLabel(/^Group name/).fill('Year 9 blue');
    await screen.getByRole('button', { name: 'Open the room' }).click();
    const codeLine = screen.locator('.join-code');
    await expect
      .poll(() => codeLine.textContent(), { timeout: 30_000 })
      .toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
    const code = (await codeLine.textContent()) ?? '';
    // The projector names the group, so two rooms on two screens are told apart.
    await expect(
      screen.getByRole('region', { name: 'How to join' }).getByText('Year 9 blue').count(),
    ).resolves.toBe(1);
    await expect
      .poll(() => screen.getByRole('img', { name: /QR code of the join address/ }).count())
      .toBe(1);

    // ---- A wrong code is refused in words ----
    const sizes = [
      { width: 390, height: 844 },
      { width: 360, height: 640 },
    ];
    const phones = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => device(`phone ${i}`, sizes[i % 2] ?? { width: 360, height: 640 })),
    );
    const first = phones[0]?.page as Page;
    await first.goto(base);
    await first.getByLabel('Room code').fill(code === 'BBBB' ? 'CCCC' : 'BBBB');
    await first.getByLabel('Nickname').fill('Ama');
    await first.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => first.getByRole('alert').textContent())
      .toContain('No room has that code');

    // ---- Five phones join by typing the code; three ask for Team Elara ----
    const teams = ['elara', 'elara', 'elara', 'torus', ''];
    for (const [i, phone] of phones.entries()) {
      const page = phone.page;
      if (i > 0) await page.goto(base);
      await page.getByLabel('Room code').fill(code.toLowerCase());
      await page.getByLabel('Nickname').fill(`Kid ${i}`);
      if (teams[i]) await page.getByLabel('Team').selectOption(teams[i] ?? '');
      await page.getByRole('button', { name: 'Join' }).click();
      await expect.poll(() => page.locator('.phone-who').textContent()).toContain(`Kid ${i}`);
    }
    await expect
      .poll(() => screen.getByRole('region', { name: 'Team Elara' }).textContent())
      .toContain('Team Elara (3)');
    await screen.screenshot({ path: path.join(shots, '01-projector-lobby.png') });
    await phones[1]?.page.screenshot({ path: path.join(shots, '02-phone-360-lobby.png') });

    // ---- The story starts; Team Elara votes, the others watch ----
    // Votes of 120 s, doubled by the extended-time option: the steps below take a while on a
    // loaded machine, and the first vote must still be open when the offline phone is back.
    await screen.getByLabel('Vote timer').selectOption('120');
    await screen.getByLabel(/Extended time/).check();
    await screen.getByRole('button', { name: 'Start the story' }).click();
    const [a, b, c, torus] = phones.map((p) => p.page) as [Page, Page, Page, Page];
    const choiceButtons = (page: Page) =>
      page.getByRole('group', { name: 'Your vote' }).getByRole('button');
    await expect.poll(() => choiceButtons(a).count(), { timeout: 30_000 }).toBeGreaterThan(1);
    // The timer says so: 2 x 120 s, counting down.
    await expect.poll(() => screen.getByRole('timer').textContent()).toMatch(/^[34]:\d\d left$/);
    // The writers decide whether the story's first choice is Team Elara's or everyone's: the
    // test votes with whoever may (team votes are also checked in serverRooms.test.ts).
    const voters = (await screen.locator('.vote-heading').textContent()) ?? '';
    const teamVote = voters.includes('Team Elara votes');
    if (!teamVote) expect(voters).toContain('Everyone votes');
    const voting = teamVote ? [a, b, c] : phones.map((p) => p.page);
    if (teamVote) {
      await expect.poll(() => choiceButtons(torus).first().isDisabled()).toBe(true);
      expect(await torus.locator('.phone-state').textContent()).toBe(
        'Team Elara decides this one. Watch the projector.',
      );
    }
    const choiceText = (await a.locator('.choice-text').first().textContent()) ?? '';
    const options = await choiceButtons(a).count();

    await choiceButtons(a).first().click();
    await expect.poll(() => choiceButtons(a).first().getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => tallyOf(screen))
      .toEqual(expect.arrayContaining([expect.stringContaining('1 vote')]));
    await expect
      .poll(() => screen.locator('.vote-cast').textContent())
      .toBe(`1 of ${voting.length} have voted`);

    // Measured: what a class needs to read and tap.
    const storySize = await screen
      .locator('.projector-story .line')
      .first()
      .evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    expect(storySize).toBeGreaterThanOrEqual(28);
    for (const phone of [a, b]) {
      const heights = await choiceButtons(phone).evaluateAll((nodes) =>
        nodes.map((n) => n.getBoundingClientRect().height),
      );
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);
      const sideways = await phone.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBe(0);
    }
    await screen.screenshot({ path: path.join(shots, '03-projector-vote.png') });
    await a.screenshot({ path: path.join(shots, '04-phone-390-voted.png') });
    await b.screenshot({ path: path.join(shots, '05-phone-360-vote.png') });

    expect(await seriousViolations(screen)).toEqual([]);
    expect(await seriousViolations(b)).toEqual([]);

    // ---- Locked, a latecomer is told so; unlocked, they join late and are told the rule ----
    await screen.getByRole('button', { name: 'Lock the room' }).click();
    await expect
      .poll(() => screen.getByRole('button', { name: 'Unlock the room' }).isVisible())
      .toBe(true);
    const late = await device('late phone', { width: 360, height: 640 });
    await late.page.goto(`${base}?room=${code}`);
    expect(await late.page.getByLabel('Room code').inputValue()).toBe(code);
    await late.page.getByLabel('Nickname').fill('Late Kid');
    await late.page.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => late.page.getByRole('alert').textContent())
      .toContain('This room is locked');
    await screen.getByRole('button', { name: 'Unlock the room' }).click();
    await expect
      .poll(() => screen.getByRole('button', { name: 'Lock the room' }).isVisible())
      .toBe(true);
    await late.page.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => late.page.locator('.phone-notice').textContent())
      .toContain('already begun');
    await late.context.close();

    // ---- Phone c sleeps (offline) and comes back to its seat ----
    const phoneC = phones[2];
    if (!phoneC) throw new Error('five phones');
    // Colyseus reconnects on its own only in a room older than 5 s; this one is (the votes above).
    await phoneC.context.setOffline(true);
    await expect
      .poll(() => screen.getByRole('region', { name: 'Team Elara' }).textContent(), {
        timeout: 30_000,
      })
      .toContain('Kid 2 (away)');
    await phoneC.context.setOffline(false);
    await expect
      .poll(() => screen.getByRole('region', { name: 'Team Elara' }).textContent(), {
        timeout: 60_000,
      })
      .not.toContain('(away)');
    expect(await c.locator('.phone-who').textContent()).toBe('Kid 2 on Team Elara (Elara Drosin)');
    expect(await screen.getByRole('region', { name: 'Team Elara' }).textContent()).toBe(
      'Team Elara (3)Kid 0Kid 1Kid 2',
    );

    // ---- The others vote the same: all have, the vote closes, the story moves on ----
    await choiceButtons(b).first().click();
    await expect
      .poll(() => screen.locator('.vote-cast').textContent())
      .toBe(`2 of ${voting.length} have voted`);
    for (const phone of voting.slice(2)) await choiceButtons(phone).first().click();
    await expect
      .poll(() => screen.locator('.last-choice').textContent(), { timeout: 30_000 })
      .toBe(`The class chose: ${choiceText}`);
    const passageBefore = await screen.locator('.projector-story').textContent();
    const choicesBefore = await screen.locator('.tally-text').allTextContents();
    await screen.screenshot({ path: path.join(shots, '06-projector-after-choice.png') });

    // ---- The server process stops and starts again: every device is back at the same choice ----
    await stopServer();
    await expect
      .poll(() => a.locator('.phone-link').textContent(), { timeout: 30_000 })
      .toBe('Reconnecting to your seat…');
    const ready = await startServer();
    expect(ready).toContain('rooms brought back: 1');
    await expect.poll(() => a.locator('.phone-link').isHidden(), { timeout: 90_000 }).toBe(true);
    await expect
      .poll(() => screen.locator('.tally-text').allTextContents(), { timeout: 90_000 })
      .toEqual(choicesBefore);
    expect(await screen.locator('.projector-story').textContent()).toBe(passageBefore);
    expect(await screen.locator('.join-code').textContent()).toBe(code);
    await expect
      .poll(() => screen.locator('.facilitator-notice').textContent(), { timeout: 60_000 })
      .toBe('');
    for (const [i, phone] of phones.entries()) {
      await expect
        .poll(() => phone.page.locator('.phone-who').textContent(), { timeout: 60_000 })
        .toContain(`Kid ${i} on Team`);
      await expect
        .poll(() => phone.page.locator('.phone-link').isHidden(), { timeout: 60_000 })
        .toBe(true);
    }
    // The room carries on: a vote after the restart is counted on the projector.
    const after = await screen.locator('.vote-heading').textContent();
    const voter =
      phones.find((_, i) => (after?.includes('Everyone') ? true : teams[i] === 'elara'))?.page ?? a;
    if (
      (await choiceButtons(voter).count()) > 0 &&
      !(await choiceButtons(voter).first().isDisabled())
    ) {
      await choiceButtons(voter).first().click();
      await expect.poll(() => screen.locator('.vote-cast').textContent()).toMatch(/^1 of \d+ ha/);
    }
    await screen.screenshot({ path: path.join(shots, '07-projector-after-restart.png') });
    // The facilitator's page reloaded: back as the host (its secret is on this device only).
    await screen.reload();
    await expect
      .poll(() => screen.locator('.join-code').textContent(), { timeout: 30_000 })
      .toBe(code);
    await expect.poll(() => screen.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
    expect(await a.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    await a.screenshot({ path: path.join(shots, '08-phone-390-after-restart.png') });

    // ---- A player removed is told so; the room's session is downloaded and compared ----
    screen.on('dialog', (dialog) => void dialog.accept());
    const kid4 = phones[4]?.page as Page;
    const option = await screen
      .getByLabel('Player')
      .locator('option', { hasText: 'Kid 4' })
      .getAttribute('value');
    await screen.getByLabel('Player').selectOption(option ?? '');
    await screen.getByRole('button', { name: 'Remove' }).click();
    await expect
      .poll(() => kid4.getByRole('alert').textContent(), { timeout: 30_000 })
      .toBe('The facilitator removed you from this room.');
    await expect.poll(() => screen.locator('.rosters').textContent()).not.toContain('Kid 4');
    const saved = screen.waitForEvent('download');
    await screen.getByRole('button', { name: "Download the room's session (JSON)" }).click();
    const file = path.join(shots, 'room-session.json');
    await (await saved).saveAs(file);
    const compare = await projector.context.newPage();
    await compare.goto(`${base}?compare`);
    await compare.getByLabel('Add session files').setInputFiles(file);
    const table = compare.getByRole('table');
    // The file names its group, and its vote counts are the server's (kept through the restart).
    await expect.poll(() => table.locator('thead').textContent()).toBe('GroupYear 9 blue');
    const votesRow = await table.getByRole('row', { name: /Votes/ }).textContent();
    const tally = [voting.length, ...Array(options - 1).fill(0)].join(' / ');
    const who = teamVote ? 'Team Elara' : 'everyone';
    expect(votesRow).toContain(
      `1. "${choiceText}" (${who}): ${tally}, option 1 taken (${voting.length} votes)`,
    );
    expect(votesRow).not.toContain('Kid');
    await compare.screenshot({ path: path.join(shots, '09-compare.png') });
    // One CSV of the groups loaded: the group's name and the vote's tally on its row.
    const csvDownload = compare.waitForEvent('download');
    await compare.getByRole('button', { name: 'Download every group’s choices (CSV)' }).click();
    const [header, row] = readFileSync((await (await csvDownload).path()) as string, 'utf8')
      .trim()
      .split('\r\n')
      .map((line) =>
        // Quoted fields may hold commas (a choice's text).
        [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
          (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
        ),
      );
    const cell = (column: string) => row?.[header?.indexOf(column) ?? -1];
    expect([cell('group'), cell('votes'), cell('voters'), cell('voted_by')]).toEqual([
      'Year 9 blue',
      tally,
      String(voting.length),
      teamVote ? 'elara' : 'everyone',
    ]);

    // ---- End: every phone is told, the room and its names are gone ----
    await screen.getByRole('button', { name: 'End the session' }).click();
    await expect
      .poll(() => a.getByRole('alert').textContent(), { timeout: 30_000 })
      .toBe('This session has ended.');
    await expect
      .poll(() => screen.getByRole('alert').textContent(), { timeout: 30_000 })
      .toBe('This session has ended.');
    expect(
      await a.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':room:'))),
    ).toEqual([]);
    expect(phoneScripts.length).toBeGreaterThan(0);
    expect(phoneScripts.filter((url) => /inkjs|phaser/i.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  }, 420_000);
});
