from rag_glossary.cli import main

main()
