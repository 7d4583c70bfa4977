/** Shell completion: the scripts a user sources, and the candidates for a partly typed command line. */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface CommandSpec {
  name: string;
  options: string[];
  /** What the command's positional arguments are, for completing them. */
  argument: 'topic' | 'roadmap' | 'file' | 'shell' | 'none';
}

export interface CompletionData {
  roadmapIds: () => Promise<string[]>;
  /** Short ids of the topics and sections of the roadmap named with -r, or the active one. */
  topicIds: (roadmap: string | undefined) => Promise<string[]>;
}

const VALUES: Record<string, readonly string[]> = { '--format': ['md', 'json'] };
const TAKES_VALUE = new Set(['-r', '--roadmap', '--db', '--reason', '-n', '--count', '--since', '--id', '--max-size', '-o', '--output', '--format']);

/**
 * Candidates for the last word of `words` (the words after "roadmap", the last one partly typed).
 * An empty list lets the shell complete file names.
 */
export async function completeWords(
  commands: readonly CommandSpec[],
  globalOptions: readonly string[],
  words: readonly string[],
  data: CompletionData,
): Promise<string[]> {
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  const previous = before[before.length - 1];
  const roadmapFlag = before.findIndex((word) => word === '-r' || word === '--roadmap');
  const roadmap = roadmapFlag >= 0 ? before[roadmapFlag + 1] : undefined;
  const startsWith = (candidates: readonly string[]) => candidates.filter((candidate) => candidate.startsWith(current));

  if (previous === '-r' || previous === '--roadmap') return startsWith(await data.roadmapIds());
  if (previous !== undefined && previous in VALUES) return startsWith(VALUES[previous]);
  if (previous !== undefined && TAKES_VALUE.has(previous)) return [];

  // The command is the first word that is neither an option nor an option's value.
  const name = before.find((word, i) => !word.startsWith('-') && !TAKES_VALUE.has(before[i - 1] ?? ''));
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
if (( $+functions[compdef] )); then compdef _roadmap roadmap; fi
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
