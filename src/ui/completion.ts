/** Shell completion: the scripts a user sources, and the candidates for a partly typed command line. */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What a positional argument or an option's value names, for completing it. */
export type ValueKind = 'topic' | 'roadmap' | 'file' | 'shell' | 'none';

interface CommandSpec {
  name: string;
  options: string[];
  /** What the command's positional arguments are, for completing them. */
  argument: ValueKind;
}

/** The command line's shape, as the commands declare it. */
export interface CompletionSurface {
  commands: readonly CommandSpec[];
  globalOptions: readonly string[];
  /** Every option followed by a value, with what the value is ('none': nothing to offer). */
  values: ReadonlyMap<string, { kind: ValueKind; choices?: readonly string[] }>;
}

export interface CompletionData {
  roadmapIds: () => Promise<string[]>;
  /** Short ids of the topics and sections of the roadmap named with -r, or the active one. */
  topicIds: (roadmap: string | undefined) => Promise<string[]>;
}

/**
 * Candidates for the last word of `words` (the words after "roadmap", the last one partly typed).
 * An empty list lets the shell complete file names.
 */
export async function completeWords(surface: CompletionSurface, words: readonly string[], data: CompletionData): Promise<string[]> {
  const { commands, globalOptions, values } = surface;
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  const previous = before[before.length - 1];
  const roadmapOptions = [...values].filter(([, value]) => value.kind === 'roadmap').map(([name]) => name);
  const roadmap = roadmapNamed(before, roadmapOptions);
  const startsWith = (candidates: readonly string[], prefix = '') =>
    candidates.map((candidate) => `${prefix}${candidate}`).filter((candidate) => candidate.startsWith(current));
  const valuesOf = async (value: { kind: ValueKind; choices?: readonly string[] }): Promise<readonly string[]> =>
    value.choices ?? (value.kind === 'roadmap' ? await data.roadmapIds() : value.kind === 'shell' ? SHELLS : []);

  // "--format=h", "--roadmap=go": the value written into the option's word.
  const equals = current.indexOf('=');
  if (current.startsWith('--') && equals > 0) {
    const value = values.get(current.slice(0, equals));
    return value ? startsWith(await valuesOf(value), current.slice(0, equals + 1)) : [];
  }
  const value = previous === undefined ? undefined : values.get(previous);
  if (value) return startsWith(await valuesOf(value));

  // The command is the first word that is neither an option nor an option's value.
  const name = before.find((word, i) => !word.startsWith('-') && !values.has(before[i - 1] ?? ''));
  const command = commands.find((candidate) => candidate.name === name);
  if (current.startsWith('-')) return startsWith([...(command?.options ?? []), ...globalOptions]);
  if (!command) return startsWith(commands.map((candidate) => candidate.name));
  switch (command.argument) {
    case 'topic':
      return startsWith(await data.topicIds(roadmap));
    case 'roadmap':
      return startsWith(await data.roadmapIds());
    case 'shell':
      return startsWith(SHELLS);
    default:
      return [];
  }
}

/** The roadmap a command line names with -r <id>, --roadmap <id> or --roadmap=<id>. */
function roadmapNamed(words: readonly string[], options: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (options.includes(word)) return words[i + 1];
    const equals = word.indexOf('=');
    if (equals > 0 && options.includes(word.slice(0, equals))) return word.slice(equals + 1);
  }
  return undefined;
}

export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      return `# roadmap completion for bash. Load it with:  source <(roadmap completion bash)
# or keep it:  roadmap completion bash > ~/.local/share/bash-completion/completions/roadmap
_roadmap_completion() {
  local IFS=$'\\n'
  COMPREPLY=($(roadmap __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _roadmap_completion roadmap
`;
    case 'zsh':
      return `#compdef roadmap
# roadmap completion for zsh. Load it with:  source <(roadmap completion zsh)
# or keep it as _roadmap in a directory on your $fpath.
_roadmap() {
  local -a candidates
  candidates=("\${(@f)$(roadmap __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ -n "\${candidates[1]}" ]]; then compadd -a candidates; else _files; fi
}
# Autoloaded from $fpath, this file is the body of _roadmap: define it, then complete this first TAB too.
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then _roadmap "$@"
elif (( $+functions[compdef] )); then compdef _roadmap roadmap; fi
`;
    case 'fish':
      return `# roadmap completion for fish. Keep it:  roadmap completion fish > ~/.config/fish/completions/roadmap.fish
function __roadmap_complete
    set -l tokens (commandline -opc) (commandline -ct)
    roadmap __complete -- $tokens[2..-1] 2>/dev/null
end
complete -c roadmap -f -a '(__roadmap_complete)'
complete -c roadmap -n '__fish_seen_subcommand_from add import' -F
`;
  }
}
