"""Dev / graded / OOC / clinic figures of the shipped ranker (no LiveQA). Usage: measure.py OUT.json"""
import json, sys


def main():
    from indexer import load_encoder
    from indexer.encoder import DEFAULT_QUERY_PRECISION
    from eval import indexes, data, dev, graded, clinic, ablations
    from eval.systems import SearcherSystem
    from eval import run as R
    enc = load_encoder("auto", threads=2)
    medquad = indexes.load_medquad_raw()
    info, s = indexes.ensure_eval_index(enc, print)
    s = s.with_encoder(indexes.query_encoder(enc, DEFAULT_QUERY_PRECISION))
    row = ablations.ROWS[-1]
    sys_ = SearcherSystem(row.name, row.description, s, row.spec)
    tri = R.service_triage(sys_)
    keys = data.medquad_keys(r for r in medquad if not r.answerless)
    d = dev.run_dev(sys_, data.load_dev_questions(), keys, tri)
    o = dev.run_ooc(sys_, data.load_out_of_corpus(), tri)
    dm = dev.dev_metrics(d, o)
    msgs, qrels = data.load_graded_messages(), data.load_graded_qrels()
    g = graded.run_graded(sys_, msgs, qrels, tri)
    gm = graded.graded_metrics(g)
    c = clinic.run_clinic(sys_, data.load_clinic_messages(), tri)
    cr = dict(clinic.clinic_rows(c))
    print("dev top1 %.4f MRR %.4f answer %.4f OOC FA %.4f" % (dm["top1"], dm["MRR@10"], dm["answer rate"], dm["OOC false answers"]))
    print("graded", {k: round(v, 4) for k, v in gm.items() if isinstance(v, float)})
    print("clinic all", cr.get("all"))
    out = {"dev": [r.to_json() for r in d], "ooc": [r.to_json() for r in o], "graded": [r.to_json() for r in g],
           "clinic": [r.to_json() for r in c], "dm": dm, "gm": gm}
    json.dump(out, open(sys.argv[1], "w"), default=str)


if __name__ == "__main__":
    main()
