#!/usr/bin/env python3
"""A made-up ticket export `id,assignee,status,description` of twelve Han names (issue 18, tables across block ends).
   python3 bench/privacy/ticket-export.py KIND ROWS SEED [DELIM(, ; TAB)] > in.csv
KIND long:K    -> every 10th description is a stack trace of K lines (quoted)
KIND bad:P     -> P% rows have an unbalanced quote; every 20th note spans 2-4 lines
"""
import sys, random
kind, rows, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
d = sys.argv[4].replace('TAB','\t') if len(sys.argv) > 4 else ','
r = random.Random(seed)
names = ['张伟','王芳','李娜','刘洋','陈静','杨磊','赵敏','黄勇','周杰','吴霞','徐涛','孙丽']
k, arg = kind.split(':')
arg = int(arg)
out = [d.join(['id','assignee','status','description'])]
for i in range(rows):
    name = r.choice(names)
    st = r.choice(['open','closed','pending'])
    if k == 'long':
        if i % 10 == 3:
            n = arg if arg > 0 else r.randint(50, 200)
            lines = ['java.lang.NullPointerException: null at step %d' % i] + ['\tat com.acme.svc.Handler%d.run(Handler.java:%d)' % (j, r.randint(10,900)) for j in range(n-1)]
            desc = '"' + '\n'.join(lines) + '"'
        else:
            desc = '"timeout, retried"'
    else:
        if r.random() < arg/100:
            desc = '"broken quote ' + str(i)   # never closes on this line
        elif i % 20 == 7:
            desc = '"' + '\n'.join('line %d of note %d' % (j, i) for j in range(r.randint(2,4))) + '"'
        else:
            desc = '"short note"'
    out.append(d.join([str(1000+i), name, st, desc]))
sys.stdout.write('\n'.join(out) + '\n')
