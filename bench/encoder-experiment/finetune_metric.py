# Fine-tunes the MiniLM-L6 encoder, with the rules' own reading of each figure, to read a figure's metric (issue 12), trains on every
# corpus set but the sealed batches issue185-200, and prints, for each batch, the sentences whose figures are all read right by the model
# and by the rules. See README.md beside this file and docs/extractor.md (thirty-seventh session). Not part of the product.
import json,os,sys,time,re,unicodedata,random
import onnx, torch, torch.nn as nn, torch.nn.functional as F
from onnx import numpy_helper
WORK=os.environ.get('WORK','.')
def arg(name,default):
    '''The integer after --name= on the command line, or default.'''
    given=[a for a in sys.argv if a.startswith('--'+name+'=')]
    return int(given[0].split('=')[1]) if given else default
torch.set_num_threads(2); torch.manual_seed(1); random.seed(1)
M=['investment','roundSize','valuation','computeCommitment','revenue','other']
vocab={w.rstrip('\n'):i for i,w in enumerate(open(WORK+'/vocab.txt',encoding='utf-8'))}
wre=re.compile(r'\w+|[^\w\s]')
def strip(s):
    try: n=unicodedata.normalize('NFD',s)
    except Exception: n=s
    return ''.join(c for c in n if unicodedata.category(c)!='Mn')
def tok(text):
    ids=[vocab['[CLS]']];st=[-1];en=[-1]
    for m in wre.finditer(text):
        w=strip(m.group().lower());p=0;pieces=[]
        while p<len(w):
            e=len(w);f=None
            while e>p:
                sub=('##' if p>0 else '')+w[p:e]
                if sub in vocab: f=vocab[sub];break
                e-=1
            if f is None: pieces=[vocab['[UNK]']];break
            pieces.append(f);p=e
        if not pieces: pieces=[vocab['[UNK]']]
        for i in pieces: ids.append(i);st.append(m.start());en.append(m.end())
    ids.append(vocab['[SEP]']);st.append(-1);en.append(-1)
    return ids,st,en
MAXL=arg('maxl',64)
WIN=MAXL//3
def examples(path):
    out=[]
    for l in open(path):
        d=json.loads(l);figs=[f for f in d['figures'] if f.get('gold') in M]
        if not figs: continue
        ids,st,en=tok(d['text'])
        fl=[]
        for f in figs:
            a,b=f['start'],f['start']+f['length']
            idx=[i for i in range(len(ids)) if st[i]>=0 and st[i]<b and en[i]>a]
            if not idx: idx=[0]
            fl.append((idx,M.index(f['gold']),M.index(f['read']) if f['read'] in M else 5))
        # window: if too long, cut around figures
        if len(ids)>MAXL:
            lo=max(1,min(i for x in fl for i in x[0])-WIN); hi=min(len(ids)-1,max(i for x in fl for i in x[0])+WIN)
            if hi-lo>MAXL-2: hi=lo+MAXL-2
            keep=[0]+list(range(lo,hi))+[len(ids)-1]; pos={k:j for j,k in enumerate(keep)}
            ids=[ids[k] for k in keep]
            fl=[([pos[i] for i in x[0] if i in pos] or [0],x[1],x[2]) for x in fl]
        out.append((d['file'],ids,fl))
    return out
ex=[e for f in os.environ.get('DUMPS',WORK+'/dump.jsonl').split(',') for e in examples(f)]
T={'185-188':['issue185.json','issue186.json','issue187.json','issue188.json'],'189-192':['issue189.json','issue190.json','issue191.json','issue192.json'],'193-196':['issue193.json','issue194.json','issue195.json','issue196.json'],'197-200':['issue197.json','issue198.json','issue199.json','issue200.json']}
allt={f for v in T.values() for f in v}
train=[e for e in ex if e[0] not in allt]
print('train sentences',len(train),'figures',sum(len(e[2]) for e in train),flush=True)
# model
_m=onnx.load(WORK+'/model.onnx')
W={t.name:torch.tensor(numpy_helper.to_array(t).copy()) for t in _m.graph.initializer}
_mm=[]
for n in _m.graph.node:
    if n.op_type=='MatMul':
        w=[x for x in n.input if x in W]
        if w: _mm.append(w[0])
class Bert(nn.Module):
    def __init__(s):
        super().__init__()
        g=lambda n: nn.Parameter(W[n].float().clone())
        s.we=g('embeddings.word_embeddings.weight');s.pe=g('embeddings.position_embeddings.weight');s.te=g('embeddings.token_type_embeddings.weight')
        s.eln_w=g('embeddings.LayerNorm.weight');s.eln_b=g('embeddings.LayerNorm.bias')
        s.L=nn.ParameterList()
        for i in range(6):
            p=f'encoder.layer.{i}.'
            mm=_mm[i*6:(i+1)*6]
            bn=['attention.self.query','attention.self.key','attention.self.value','attention.output.dense','intermediate.dense','output.dense']
            for w,b in zip(mm,bn): s.L.append(g(w)); s.L.append(g(p+b+'.bias'))
            for n in ['attention.output.LayerNorm','output.LayerNorm']:
                s.L.append(g(p+n+'.weight')); s.L.append(g(p+n+'.bias'))
    def forward(s,ids,mask):
        B,Lq=ids.shape
        x=s.we[ids]+s.pe[:Lq][None]+s.te[0][None,None]
        x=F.layer_norm(x,(384,),s.eln_w,s.eln_b,1e-12)
        am=(1.0-mask[:,None,None,:].float())*-1e4
        for i in range(6):
            P=s.L[i*16:(i+1)*16]
            q=x@P[0]+P[1];k=x@P[2]+P[3];v=x@P[4]+P[5]
            sh=lambda t:t.view(B,Lq,12,32).transpose(1,2)
            a=torch.softmax(sh(q)@sh(k).transpose(-1,-2)/32**0.5+am,-1)@sh(v)
            a=a.transpose(1,2).reshape(B,Lq,384)
            x=F.layer_norm(a@P[6]+P[7]+x,(384,),P[12],P[13],1e-12)
            h=F.gelu(x@P[8]+P[9])
            x=F.layer_norm(h@P[10]+P[11]+x,(384,),P[14],P[15],1e-12)
        return x

USE_RULE = '--norule' not in sys.argv
EPOCHS = arg('epochs',1)
class Clf(nn.Module):
    def __init__(s):
        super().__init__(); s.b=Bert(); s.re=nn.Embedding(6,16); s.drop=nn.Dropout(0.1); s.h=nn.Linear(768+(16 if USE_RULE else 0),6)
    def forward(s,ids,mask,figs):
        H=s.b(ids,mask); feats=[]
        for (bi,idx,rd) in figs:
            f=torch.cat([H[bi,idx].mean(0),H[bi,0]]+([s.re.weight[rd]] if USE_RULE else []))
            feats.append(f)
        return s.h(s.drop(torch.stack(feats)))
model=Clf(); model.b.we.requires_grad_(False); model.b.pe.requires_grad_(False); model.b.te.requires_grad_(False)
FREEZE=arg('freeze',0)
for p in list(model.b.L)[:FREEZE*16]: p.requires_grad_(False)
model.b.eln_w.requires_grad_(FREEZE==0); model.b.eln_b.requires_grad_(FREEZE==0)
print('freeze',FREEZE,'threads',torch.get_num_threads(),flush=True)
enc=[p for n,p in model.named_parameters() if n.startswith('b.') and p.requires_grad]; head=[p for n,p in model.named_parameters() if not n.startswith('b.')]
opt=torch.optim.AdamW([{'params':enc,'lr':5e-5},{'params':head,'lr':1e-3}],weight_decay=0.01)
def batchify(items):
    Lm=max(len(e[1]) for e in items)
    ids=torch.zeros(len(items),Lm,dtype=torch.long); mask=torch.zeros(len(items),Lm,dtype=torch.long)
    figs=[];ys=[]
    for bi,e in enumerate(items):
        ids[bi,:len(e[1])]=torch.tensor(e[1]); mask[bi,:len(e[1])]=1
        for idx,g,rd in e[2]: figs.append((bi,idx,rd)); ys.append(g)
    return ids,mask,figs,torch.tensor(ys)
BS=32
steps=EPOCHS*((len(train)+BS-1)//BS); step=0; t0=time.time()
sched=torch.optim.lr_scheduler.LambdaLR(opt,lambda s: min(1.0,(s+1)/100)*max(0.0,1-s/steps))
for ep in range(EPOCHS):
    random.shuffle(train)
    # sort within chunks by length for speed
    chunks=[sorted(train[i:i+BS*50],key=lambda e:len(e[1])) for i in range(0,len(train),BS*50)]
    batches=[c[i:i+BS] for c in chunks for i in range(0,len(c),BS)]; random.shuffle(batches)
    model.train()
    for b in batches:
        ids,mask,figs,y=batchify(b)
        loss=F.cross_entropy(model(ids,mask,figs),y)
        opt.zero_grad(); loss.backward(); opt.step(); sched.step(); step+=1
        if step%10==0: print(f'step {step}/{steps} loss {loss.item():.3f} {time.time()-t0:.0f}s',flush=True)
model.eval()
with torch.no_grad():
    for tn,tf in T.items():
        te=[e for e in ex if e[0] in tf]
        ok=0;rok=0;n=0;fo=0;fr=0;fn=0
        for i in range(0,len(te),64):
            b=te[i:i+64]; ids,mask,figs,y=batchify(b)
            p=model(ids,mask,figs).argmax(-1)
            k=0
            for e in b:
                m=len(e[2]); pe=p[k:k+m]; ye=y[k:k+m]; re_=torch.tensor([x[2] for x in e[2]])
                ok+=int((pe==ye).all()); rok+=int((re_==ye).all()); n+=1
                fo+=int((pe==ye).sum()); fr+=int((re_==ye).sum()); fn+=m; k+=m
        print(f'{tn}: model {ok}/{n} ({100*ok/n:.1f}%) rules {rok}/{n} ({100*rok/n:.1f}%)  figures model {fo}/{fn} rules {fr}/{fn}',flush=True)
torch.save(model.state_dict(),WORK+'/ft-%s.pt'%('rule' if USE_RULE else 'norule'))
