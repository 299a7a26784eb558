"""Static checks of eval/corpora/robo-glossary/questions.jsonl (blind, round 33).

Run from the worktree root: ``python eval/check_robo-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``robo-glossary.md``, tahiralatif/Physical-AI-Humanoid-
Robotics-Textbook's ``docusaurus/docs/glossary.md``, a Docusaurus course page on robotics and
ROS 2: ``## A``..``## Z`` letter headings, ``**Term** - definition`` paragraphs each followed by
a ``- **اردو تعریف**:`` bullet giving the definition in Urdu), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "robo-glossary"
N = "robo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Inverse / Forward Kinematics, Joint, End
    # Effector, IMU / Sensor Fusion, Control Loop, Odometry / SLAM, URDF, Collision) is in the
    # glossary
    f"{N}023": ["jacobian", "velocity kinematics", "differential kinematics"],
    f"{N}024": ["singularity", "singularities", "singular", "gimbal lock"],
    f"{N}025": [
        "force torque sensor",
        "force/torque",
        "torque",
        "wrench",
        "load cell",
        "force sensor",
        "ft sensor",
    ],
    f"{N}026": ["pid", "proportional", "integral", "derivative", "three-term"],
    f"{N}027": ["kalman", "kalman filter", "ekf", "ukf", "extended kalman", "estimator"],
    f"{N}028": ["occupancy grid", "occupancy", "grid", "costmap", "cost map"],
    f"{N}029": ["particle filter", "particle", "particles", "amcl", "monte carlo"],
    f"{N}030": [
        "tf",
        "tf2",
        "transform",
        "transforms",
        "tf tree",
        "coordinate frame",
        "frame",
        "frames",
    ],
    f"{N}031": ["emergency stop", "e-stop", "estop", "emergency", "kill switch"],
    # named; several share a word with a title: inverse dynamics (Inverse Kinematics),
    # visual odometry (Odometry), joint space (Joint), rrt (Motion Planning's neighbour), launch
    # file (ROS 2), ros2_control (ROS 2), stepper motor (Actuator's motors), depth camera
    # (Perception), sensor calibration (Sensor Fusion)
    f"{N}032": ["inverse dynamics", "dynamics"],
    f"{N}033": ["visual odometry", "visual", "vio"],
    f"{N}034": ["joint space", "configuration space", "c-space", "cartesian"],
    f"{N}035": ["rrt", "rapidly-exploring random tree", "rapidly exploring random tree"],
    f"{N}036": ["launch file", "launch", "ros2 launch"],
    f"{N}037": ["ros2_control", "hardware interface", "hardware"],
    f"{N}038": ["stepper motor", "stepper", "steppers"],
    f"{N}039": ["depth camera", "depth", "rgb-d", "stereo camera", "camera"],
    f"{N}040": ["calibration", "calibrate", "calibrated"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
