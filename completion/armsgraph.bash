# bash completion for armsgraph -- commands, and each command's options as
# its own --help lists them (read once per command and cached), so the
# completion never goes out of step with the program; the values of the
# options that take a word from a list; and the actors of the store (the
# one --db names, else $ARMSGRAPH_DB or ./armsgraph.db) where a command
# takes an actor (and the actions of curate).
declare -A _armsgraph_opts_cache=()

_armsgraph_options()
{
    local cmd=$1 prog=$2 key
    key=$(printf '%s' "$cmd" | tr -c 'a-z' '_')
    if [[ -z ${_armsgraph_opts_cache[$key]+x} ]]; then
        _armsgraph_opts_cache[$key]="$("$prog" help "$cmd" 2>/dev/null |
            grep -oE -- '--[a-z][a-z-]*' | sort -u | tr '\n' ' ')"
    fi
    printf '%s' "${_armsgraph_opts_cache[$key]}"
}

# The actor ids of the store the command line names (hidden `entities
# --names`), one a line.
_armsgraph_actors()
{
    local prog=$1 i
    local -a db=()
    for ((i = 2; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        --db) db=(--db "${COMP_WORDS[i+1]}") ;;
        --db=*) db=("${COMP_WORDS[i]}") ;;
        esac
    done
    "$prog" entities --names "${db[@]}" 2>/dev/null
}

_armsgraph()
{
    local cur prev prog cmd
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    prog=${COMP_WORDS[0]}

    if [[ $COMP_CWORD -eq 1 ]]; then
        local cmds
        cmds=$("$prog" help 2>/dev/null | sed -n '/^Commands:/,/^$/p' |
            awk 'NF >= 2 && $1 != "Commands:" {print $1}')
        COMPREPLY=($(compgen -W "$cmds --help --version" -- "$cur"))
        return
    fi
    cmd=${COMP_WORDS[1]}
    case $prev in
    --format)
        COMPREPLY=($(compgen -W "table json csv" -- "$cur")); return ;;
    --measure)
        COMPREPLY=($(compgen -W "degree in-degree out-degree betweenness closeness pagerank hub authority eigenvector" -- "$cur")); return ;;
    --type)
        COMPREPLY=($(compgen -W "supplies seeks-in-exchange sanctions attacks" -- "$cur")); return ;;
    --kind)
        COMPREPLY=($(compgen -W "state person organization" -- "$cur")); return ;;
    --render)
        COMPREPLY=($(compgen -W "svg png" -- "$cur")); return ;;
    --direction)
        COMPREPLY=($(compgen -W "out in all" -- "$cur")); return ;;
    --algorithm)
        COMPREPLY=($(compgen -W "leiden louvain" -- "$cur")); return ;;
    --around)
        local IFS=$'\n'
        COMPREPLY=($(compgen -W "$(_armsgraph_actors "$prog")" -- "$cur")); return ;;
    --layout)
        COMPREPLY=($(compgen -W "dot neato sfdp" -- "$cur")); return ;;
    --db|--dict|-o|--output)
        COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac
    if [[ $cmd == curate && $COMP_CWORD -eq 2 ]]; then
        COMPREPLY=($(compgen -W "merge alias rename state list export" -- "$cur"))
        return
    fi
    if [[ $cmd == export && $COMP_CWORD -eq 2 ]]; then
        COMPREPLY=($(compgen -W "dot gexf json graphml neo4j csv" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_armsgraph_options "$cmd" "$prog")" -- "$cur"))
        return
    fi
    case $cmd in
    path|show|neighbors)
        local IFS=$'\n'
        COMPREPLY=($(compgen -W "$(_armsgraph_actors "$prog")" -- "$cur"))
        return ;;
    curate)
        # the actor of an edit, and the entity merge folds into it: the
        # arguments before this one, options and their values left out
        local -a args=()
        local i
        for ((i = 2; i < COMP_CWORD; i++)); do
            case ${COMP_WORDS[i]} in
            --db|--format|-o|--output) ((i++)) ;;
            -*) ;;
            *) args+=("${COMP_WORDS[i]}") ;;
            esac
        done
        if [[ ${#args[@]} -eq 1 || (${#args[@]} -eq 2 && ${args[0]} == merge) ]]; then
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$(_armsgraph_actors "$prog")" -- "$cur"))
            return
        fi ;;
    esac
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _armsgraph armsgraph
