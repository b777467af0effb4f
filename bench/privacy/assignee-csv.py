#!/usr/bin/env python3
"""The reported export: `id,assignee,notes`, one NAME in every row, `"short note"`, every 50th note quoted over LINES lines.
   python3 bench/privacy/assignee-csv.py NAME DELIMITER(, ; TAB) LINES ROWS [LF|CRLF] > in.csv"""
import sys
name=sys.argv[1]; delim=sys.argv[2].replace('TAB','\t'); lines=int(sys.argv[3]); n=int(sys.argv[4]); eol=sys.argv[5].replace('CRLF','\r\n').replace('LF','\n') if len(sys.argv)>5 else '\n'
out=[f"id{delim}assignee{delim}notes"]
for i in range(n):
    if i%50==0:
        note='"'+'\n'.join(f"part {k} of note {i}" for k in range(lines))+'"'
    else:
        note='"short note"'
    out.append(f"{i}{delim}{name}{delim}{note}")
sys.stdout.write(eol.join(out)+eol)
