# bash completion for dealgraph. Installed by `cmake --install` into
# share/bash-completion/completions/dealgraph; or source it: `. completions/dealgraph.bash`.
# The commands and their options are read from `dealgraph help` and `dealgraph help CMD`, so
# the completion never falls behind the program.

_dealgraph_words() {
  # $1: the help text; prints the words of its option names ("--max-hops", "-o").
  grep -oE -- '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' <<<"$1" | tr -d ' ,' | sort -u
}

_dealgraph() {
  local cur prev program command i
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  program=${COMP_WORDS[0]}
  command=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      --ontology) ((i++)) ;;
      -*) ;;
      *) command=${COMP_WORDS[i]}; break ;;
    esac
  done

  case $prev in
    --format)
      local formats="ttl nt nq trig jsonld graphml dot csv" done="" last=""
      if [[ $cur == *,* ]]; then done=${cur%,*},; last=${cur##*,}; else last=$cur; fi
      COMPREPLY=($(compgen -P "$done" -W "$formats" -- "$last"))
      return ;;
    -o | --output | --ontology)
      COMPREPLY=($(compgen -d -- "$cur"))
      return ;;
    --graph | --lexicon)
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
    --since | --until)
      COMPREPLY=($(compgen -W "$(date +%Y) $(date +%Y-%m)" -- "$cur"))
      return ;;
    --type | --via)
      COMPREPLY=($(compgen -W "investment stake supply cloud partnership guarantee acquisition licensing post" -- "$cur"))
      return ;;
  esac

  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "--help --version --ontology" -- "$cur"))
    else
      local commands
      commands=$("$program" --help 2>/dev/null | awk '/^Subcommands:/ { on = 1; next } on && NF { sub(/,$/, "", $1); print $1 }')
      COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    fi
    return
  fi
  if [[ $command == help ]]; then
    COMPREPLY=($(compgen -W "$("$program" --help 2>/dev/null | awk '/^Subcommands:/ { on = 1; next } on && NF { sub(/,$/, "", $1); print $1 }')" -- "$cur"))
    return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_dealgraph_words "$("$program" help "$command" 2>/dev/null)") --ontology" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _dealgraph dealgraph
