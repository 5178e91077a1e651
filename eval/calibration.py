"""L2-regularised logistic regression by Newton's method (numpy only), for the confidence fit."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def fit_logistic(
    features: Sequence[Sequence[float]], labels: Sequence[bool], l2: float = 1e-2, iterations: int = 100
) -> tuple[list[float], float]:
    """Fit ``P(y) = sigmoid(features @ coef + intercept)``; returns ``(coef, intercept)``.

    ``l2`` penalises the coefficients (not the intercept), which keeps separable data finite.
    """
    x = np.asarray(features, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    if x.ndim != 2 or len(x) != len(y) or not len(y):
        raise ValueError("features must be a non-empty 2-D array with one row per label")
    design = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ w, -60, 60)))
        grad = design.T @ (p - y) + penalty * w
        hess = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return [float(v) for v in w[:-1]], float(w[-1])
