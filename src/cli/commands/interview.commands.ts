import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.js';
import { MAX_TRANSCRIPT_BYTES } from '../../importers/transcript-file.js';
import { DEFAULT_UNLABELLED_SPEAKER } from '../../importers/transcripts/index.js';
import type { SpeakerLabel } from '../../domain/transcript.js';
import { interviewOf, latestCycle } from '../../services/lookup.js';
import { addInterview, parseSpeakerAssignments, uploadTranscript } from '../../services/transcripts.js';
import { collect } from '../options.js';
import { bold, print, printJson, printWarnings } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

interface AddOptions {
  participant?: string;
  cycle?: string;
  date?: string;
  interviewer?: string;
  protocol?: string;
  code?: string;
  speaker: string[];
  unlabelled?: string | true;
}

export function registerInterviewCommands(program: Command): void {
  const interview = program.command('interview').description("one interview's transcript, added a file at a time (a whole bundle: warrant import)");
  interview
    .command('add')
    .description(
      'add an interview with its transcript (--participant, --cycle, --date), or a transcript file to an interview: its first, or a corrected one as the next version (what cited the previous version keeps its words)',
    )
    .argument('<interview-or-file>', 'the interview ID or code, then the file; or, for a new interview, the file alone')
    .argument('[file]', 'the transcript (.txt, .docx, .vtt, .srt)')
    .option('--participant <participant>', 'a new interview: who was interviewed (ID or code)')
    .option('--cycle <cycle>', 'a new interview: its cycle (default: the latest)')
    .option('--date <date>', 'a new interview: the day it took place, YYYY-MM-DD')
    .option('--interviewer <name>', 'a new interview: who conducted it (default: you)')
    .option('--protocol <protocol>', "a new interview: the protocol used (default: the participant's role group)")
    .option('--code <code>', "a new interview: its code (default: the participant's code and the cycle's years)")
    .option(
      '--speaker <label=role>',
      'whose a speaker label is, when the labels do not say (e.g. "Speaker 1=interviewer"; roles: interviewer, participant, other); repeat for each label',
      collect,
      [],
    )
    .option('--unlabelled [speaker]', 'read text without a speaker label as spoken by this speaker (default "Unlabelled")')
    .option('--json', 'print as JSON')
    .action(async (first: string, second: string | undefined, opts: AddOptions, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const file = second ?? first;
        const newInterview = second === undefined;
        if (newInterview && (!opts.participant || !opts.date))
          throw invalid('say which interview the transcript is of (warrant interview add INTERVIEW FILE), or add one with --participant P --date YYYY-MM-DD');
        if (!newInterview && (opts.participant || opts.date || opts.code))
          throw invalid('--participant, --date and --code describe a new interview: give the file alone with them, not an interview');
        const size = (await stat(file)).size;
        if (size > MAX_TRANSCRIPT_BYTES)
          throw invalid(`${basename(file)}: ${size} bytes is over the ${MAX_TRANSCRIPT_BYTES / 1048576} MB limit for a transcript`);
        const speakers = parseSpeakerAssignments(opts.speaker);
        const upload = {
          file: basename(file),
          bytes: await readFile(file),
          ...(opts.speaker.length > 0 && { speakers }),
          ...(opts.unlabelled !== undefined && { unlabelledSpeaker: opts.unlabelled === true ? DEFAULT_UNLABELLED_SPEAKER : opts.unlabelled }),
          howToSay: (labels: readonly SpeakerLabel[]) =>
            ` with --speaker LABEL=ROLE for each, e.g. ${labels.map((l, i) => `--speaker "${l.speaker}=${i === 0 ? 'interviewer' : 'participant'}"`).join(' ')}`,
        };
        const r = newInterview
          ? await addInterview(
              s.ctx,
              {
                partnershipId: p.id,
                participant: opts.participant!,
                cycle: opts.cycle ?? (await latestCycle(s.ctx, p.id)).id,
                date: opts.date!,
                interviewer: opts.interviewer ?? s.ctx.actor,
                ...(opts.protocol && { protocol: opts.protocol }),
                ...(opts.code && { code: opts.code }),
              },
              upload,
            )
          : await uploadTranscript(s.ctx, (await interviewOf(s.ctx, p.id, first)).id, upload);
        const row = r.interview;
        if (o.json)
          return printJson({ interview: row.code, transcript: r.transcript.id, version: r.transcript.version, stored: r.stored, interviewer: r.interviewer });
        printWarnings(r.warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`));
        const who = r.interviewer.labels.length ? r.interviewer.labels.map((l) => `"${l}"`).join(', ') : 'no one';
        if (newInterview) print(`${bold(row.code)}: interview of ${row.date} added, ${r.transcript.turn_count} turns (interviewer: ${who})`);
        else
          print(
            r.stored
              ? `${bold(row.code)}: transcript version ${r.transcript.version} stored (${r.transcript.turn_count} turns; interviewer: ${who})`
              : `${row.code}: ${basename(file)} holds the current transcript (version ${r.transcript.version}); nothing changed`,
          );
      }),
    );
}
