<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <source>{total} in total · %n step(s)</source>
        <translation>
            <numerusform>{total} in total · %n step</numerusform>
            <numerusform>{total} in total · %n steps</numerusform>
        </translation>
    </message>
</context>
</TS>
